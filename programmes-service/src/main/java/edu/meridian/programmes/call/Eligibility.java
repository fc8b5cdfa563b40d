package edu.meridian.programmes.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who may apply; every rule left empty admits everyone. Applications are checked against these automatically.
 *
 * @param yearsOfStudy the applicant's current year of study must be one of these (e.g. 2 and 3)
 * @param minGpa       on the university's 4-point scale
 * @param languageTests any one of these suffices (IELTS 6.5 or TOEFL 90)
 * @param homeUnits    the applicant's home unit must be one of these unit codes ({@code nursing}…)
 */
public record Eligibility(
        @Size(max = 8) List<@NotNull @Min(1) @Max(8) Integer> yearsOfStudy,
        @DecimalMin("0") @DecimalMax("4") @Digits(integer = 1, fraction = 2) BigDecimal minGpa,
        @Size(max = 10) List<@NotNull @Valid LanguageRequirement> languageTests,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a unit code") String> homeUnits) {

    public Eligibility {
        yearsOfStudy = yearsOfStudy == null ? List.of() : List.copyOf(yearsOfStudy);
        languageTests = languageTests == null ? List.of() : List.copyOf(languageTests);
        homeUnits = homeUnits == null ? List.of() : List.copyOf(homeUnits);
    }

    public static Eligibility none() {
        return new Eligibility(List.of(), null, List.of(), List.of());
    }

    /** A language test and the lowest score accepted, e.g. IELTS 6.5. */
    public record LanguageRequirement(
            @NotBlank @Size(max = 40) String test,
            @NotNull @DecimalMin("0") @DecimalMax("999") @Digits(integer = 3, fraction = 1) BigDecimal minScore) {
    }
}
