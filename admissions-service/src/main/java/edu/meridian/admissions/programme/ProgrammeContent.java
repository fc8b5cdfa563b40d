package edu.meridian.admissions.programme;

import java.util.List;

/** What the office writes into a degree programme; texts are stripped, the document list has no duplicates. */
public record ProgrammeContent(String code, String nameZh, String nameEn, ProgrammeLevel level,
        InstructionLanguage language, int durationMonths, Tuition tuition, LanguageRequirement languageRequirement,
        List<DocumentKind> requiredDocuments) {

    public ProgrammeContent {
        languageRequirement = languageRequirement == null ? LanguageRequirement.NONE : languageRequirement;
        requiredDocuments = requiredDocuments == null ? List.of()
                : requiredDocuments.stream().distinct().sorted().toList();
    }
}
