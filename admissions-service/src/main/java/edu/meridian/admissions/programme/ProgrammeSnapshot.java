package edu.meridian.admissions.programme;

import edu.meridian.web.Text;

import java.util.List;

/** What a revision of a degree programme keeps. */
public record ProgrammeSnapshot(String code, Text name, ProgrammeLevel level, InstructionLanguage language,
        int durationMonths, Tuition tuition, LanguageRequirement languageRequirement,
        List<DocumentKind> requiredDocuments) {

    static ProgrammeSnapshot of(DegreeProgramme programme) {
        return new ProgrammeSnapshot(programme.code, new Text(programme.nameZh, programme.nameEn), programme.level,
                programme.language, programme.durationMonths, new Tuition(programme.tuitionAmount,
                programme.tuitionCurrency), programme.languageRequirement(), List.copyOf(programme.requiredDocuments));
    }
}
