package edu.meridian.programmes.grant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A grant as the office awards or changes it; instalments, when listed, add up to the amount. */
public record GrantRequest(
        @NotNull UUID mobilityId,
        @NotNull Funder funder,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
        @Size(max = 24) List<@NotNull @Valid Part> instalments) {

    /** One instalment: how much, due when, paid when (left out until paid). */
    public record Part(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
            BigDecimal amount,
            @NotNull LocalDate dueOn,
            LocalDate paidOn) {
    }

    GrantContent toContent() {
        return new GrantContent(mobilityId, funder, amount, currency, instalments == null ? List.of()
                : instalments.stream().map(part -> new Instalment(part.amount(), part.dueOn(), part.paidOn())).toList());
    }
}
