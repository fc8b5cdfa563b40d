package edu.meridian.admissions.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What the applicant writes into their draft; blank texts are already null, choices by priority. */
public record ApplicationContent(String surname, String givenNames, String nationality, LocalDate dateOfBirth,
        String passportNumber, LocalDate passportExpiry, List<EducationEntry> education, List<LanguageTest> languageTests, Funding funding,
        List<ProgrammeChoice> choices) {

    public ApplicationContent {
        education = education == null ? List.of() : List.copyOf(education);
        languageTests = languageTests == null ? List.of() : List.copyOf(languageTests);
        choices = choices == null ? List.of()
                : choices.stream().sorted(Comparator.comparingInt(ProgrammeChoice::priority)).toList();
    }
}
