package edu.meridian.admissions.scholarship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A holding with its annual reviews, the oldest first. */
public record ScholarshipResponse(UUID id, UUID studentId, String sponsor, ScholarshipType type, BigDecimal amount,
        String currency, LocalDate periodFrom, LocalDate periodTo, ScholarshipState state, List<Review> reviews,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public record Review(UUID id, String academicYear, ReviewOutcome outcome, BigDecimal newAmount, String comment,
            String reviewedBy, Instant reviewedAt) {
    }

    static ScholarshipResponse from(Scholarship scholarship, List<ScholarshipReview> reviews) {
        return new ScholarshipResponse(scholarship.id, scholarship.studentId, scholarship.sponsor, scholarship.type,
                scholarship.amount, scholarship.currency, scholarship.periodFrom, scholarship.periodTo,
                scholarship.state, reviews.stream().map(review -> new Review(review.id, review.academicYear,
                        review.outcome, review.newAmount, review.comment, review.reviewedBy, review.reviewedAt))
                        .toList(),
                scholarship.version, scholarship.createdAt, scholarship.createdBy, scholarship.updatedAt,
                scholarship.updatedBy);
    }
}
