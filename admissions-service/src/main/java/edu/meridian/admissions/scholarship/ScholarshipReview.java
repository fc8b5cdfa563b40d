package edu.meridian.admissions.scholarship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One annual review of a holding: the academic year, its outcome, a new amount when reduced, who and when. */
@Entity
@Table(name = "scholarship_review")
public class ScholarshipReview {

    @Id
    public UUID id;

    @Column(name = "scholarship_id")
    public UUID scholarshipId;

    @Column(name = "academic_year")
    public String academicYear;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    @Column(name = "new_amount")
    public BigDecimal newAmount;

    public String comment;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
