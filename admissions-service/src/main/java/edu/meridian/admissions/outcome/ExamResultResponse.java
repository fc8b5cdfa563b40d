package edu.meridian.admissions.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ExamResultResponse(UUID id, UUID studentId, String country, String exam, LocalDate satOn,
        boolean passed, String recordedBy, Instant recordedAt) {

    static ExamResultResponse from(ExamResult result) {
        return new ExamResultResponse(result.id, result.studentId, result.country, result.exam, result.satOn,
                result.passed, result.recordedBy, result.recordedAt);
    }
}
