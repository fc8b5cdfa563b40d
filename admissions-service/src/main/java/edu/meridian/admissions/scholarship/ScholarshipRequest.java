package edu.meridian.admissions.scholarship;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A scholarship holding: sponsor, type, amount per academic year in an ISO 4217 currency, period. */
public record ScholarshipRequest(
        @NotBlank @Size(max = 200) String sponsor,
        @NotNull ScholarshipType type,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo) {

    ScholarshipContent toContent() {
        return new ScholarshipContent(sponsor.strip(), type, amount.setScale(2, java.math.RoundingMode.UNNECESSARY),
                currency, periodFrom, periodTo);
    }
}
