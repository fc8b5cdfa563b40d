package edu.meridian.admissions.scholarship;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** An annual review: the academic year reviewed, the outcome, the new amount when reduced, a comment. */
public record ReviewRequest(
        @NotNull @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be an academic year such as 2026/27")
        String academicYear,
        @NotNull ReviewOutcome outcome,
        @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal newAmount,
        @Size(max = 2000) String comment) {
}
