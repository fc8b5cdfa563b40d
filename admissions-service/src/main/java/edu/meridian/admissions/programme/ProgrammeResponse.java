package edu.meridian.admissions.programme;

import edu.meridian.web.Text;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A degree programme as everyone reads it. */
public record ProgrammeResponse(UUID id, String code, Text name, ProgrammeLevel level, InstructionLanguage language,
        int durationMonths, Tuition tuition, LanguageRequirement languageRequirement,
        List<DocumentKind> requiredDocuments, long version, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy) {

    static ProgrammeResponse from(DegreeProgramme programme) {
        return new ProgrammeResponse(programme.id, programme.code, new Text(programme.nameZh, programme.nameEn),
                programme.level, programme.language, programme.durationMonths,
                new Tuition(programme.tuitionAmount, programme.tuitionCurrency), programme.languageRequirement(),
                List.copyOf(programme.requiredDocuments), programme.version, programme.createdAt, programme.createdBy,
                programme.updatedAt, programme.updatedBy);
    }
}
