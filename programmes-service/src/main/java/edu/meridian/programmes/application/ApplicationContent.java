package edu.meridian.programmes.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an applicant writes into their application; a blank statement is already null. */
public record ApplicationContent(UUID callId, List<UUID> choices, String statement, BigDecimal gpa,
        Integer yearOfStudy, List<LanguageResult> languageResults) {

    public ApplicationContent {
        choices = choices == null ? List.of() : List.copyOf(choices);
        languageResults = languageResults == null ? List.of() : List.copyOf(languageResults);
    }
}
