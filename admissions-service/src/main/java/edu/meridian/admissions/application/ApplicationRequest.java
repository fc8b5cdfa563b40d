package edu.meridian.admissions.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * A draft as the applicant saves it, step by step: every part may still be missing (submission says what is). Names
 * exactly as in the passport; countries as ISO 3166-1 alpha-2 codes; up to three programme choices by priority. The
 * passport number is sealed at rest and answered masked; left out (null), the stored number and expiry are kept.
 */
public record ApplicationRequest(
        @Size(max = 100) String surname,
        @Size(max = 200) String givenNames,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String nationality,
        @Past LocalDate dateOfBirth,
        @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "must be the passport number as printed: 5 to 20 letters and digits")
        String passportNumber,
        LocalDate passportExpiry,
        @Size(max = 10) List<@NotNull @Valid Education> education,
        @Size(max = 10) List<@NotNull @Valid Test> languageTests,
        @Valid FundingRequest funding,
        @Size(max = 3) List<@NotNull @Valid Choice> choices) {

    public record Education(
            @NotBlank @Size(max = 300) String institution,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @NotBlank @Size(max = 200) String qualification,
            @Min(1950) @Max(2100) int fromYear,
            @Min(1950) @Max(2100) Integer toYear) {
    }

    /** A test result: HSK level 1–9, IELTS band 0–9 in halves, TOEFL iBT 0–120. */
    public record Test(
            @NotNull LanguageTestType type,
            @NotNull @DecimalMin("0") @DecimalMax("120") @Digits(integer = 3, fraction = 1) BigDecimal result,
            @NotNull @PastOrPresent LocalDate takenOn) {
    }

    public record FundingRequest(
            @NotNull FundingType type,
            @Size(max = 300) String dispatchingAuthority,
            @Size(max = 300) String sponsorName,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String sponsorCountry) {
    }

    public record Choice(@Min(1) @Max(3) int priority, @NotNull UUID intakeId) {
    }

    ApplicationContent toContent() {
        return new ApplicationContent(strip(surname), strip(givenNames), nationality, dateOfBirth,
                passportNumber == null ? null : passportNumber.toUpperCase(java.util.Locale.ROOT), passportExpiry,
                education == null ? List.of() : education.stream().map(entry -> new EducationEntry(
                        entry.institution().strip(), entry.country(), entry.qualification().strip(), entry.fromYear(),
                        entry.toYear())).toList(),
                languageTests == null ? List.of() : languageTests.stream()
                        .map(test -> new LanguageTest(test.type(), test.result(), test.takenOn())).toList(),
                funding == null ? null : new Funding(funding.type(), strip(funding.dispatchingAuthority()),
                        strip(funding.sponsorName()), funding.sponsorCountry()),
                choices == null ? List.of() : choices.stream()
                        .map(choice -> new ProgrammeChoice(choice.priority(), choice.intakeId())).toList());
    }

    private static String strip(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.strip();
    }
}
