package edu.meridian.programmes.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * What an applicant fills in; a draft may leave the statement, GPA, year and language results for later (submitting
 * needs a statement; the call's eligibility rules need what they check). Who applies and their home unit come from
 * the token, never from here.
 */
public record ApplicationRequest(
        @NotNull UUID callId,
        @NotNull @Size(min = 1, max = ApplicationRules.MAX_CHOICES) List<@NotNull UUID> choices,
        @Size(max = 5000) String statement,
        @DecimalMin("0") @DecimalMax("4") @Digits(integer = 1, fraction = 2) BigDecimal gpa,
        @Min(1) @Max(8) Integer yearOfStudy,
        @Size(max = 5) List<@NotNull @Valid LanguageResult> languageResults) {

    ApplicationContent toContent() {
        return new ApplicationContent(callId, choices, blankToNull(statement), gpa, yearOfStudy,
                languageResults == null ? List.of() : languageResults.stream()
                        .map(result -> new LanguageResult(result.test().strip(), result.score())).toList());
    }
}
