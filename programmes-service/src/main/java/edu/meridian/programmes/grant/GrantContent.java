package edu.meridian.programmes.grant;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A grant as the office awards it: to which mobility, from which funder, how much in which currency, in which parts. */
public record GrantContent(UUID mobilityId, Funder funder, BigDecimal amount, String currency,
        List<Instalment> instalments) {

    public GrantContent {
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
    }
}
