package edu.meridian.programmes.grant;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a revision of a grant keeps: all of it. */
public record GrantSnapshot(UUID mobilityId, Funder funder, BigDecimal amount, String currency,
        List<Instalment> instalments, GrantState state) {

    static GrantSnapshot of(Grant grant) {
        return new GrantSnapshot(grant.mobilityId, grant.funder, grant.amount, grant.currency,
                List.copyOf(grant.instalments), grant.state);
    }
}
