package edu.meridian.admissions.scholarship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a revision of a holding keeps. */
public record ScholarshipSnapshot(UUID studentId, String sponsor, ScholarshipType type, BigDecimal amount,
        String currency, LocalDate periodFrom, LocalDate periodTo, ScholarshipState state) {

    static ScholarshipSnapshot of(Scholarship scholarship) {
        return new ScholarshipSnapshot(scholarship.studentId, scholarship.sponsor, scholarship.type,
                scholarship.amount, scholarship.currency, scholarship.periodFrom, scholarship.periodTo,
                scholarship.state);
    }
}
