package edu.meridian.visits.delegation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An amount in one currency (ISO 4217): a hospitality budget, what the visit really cost, a gift's value. */
public record Money(
        @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency) {
}
