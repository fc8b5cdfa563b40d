package edu.meridian.admissions.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One licensing exam sitting of a graduate, as the office recorded it. */
@Entity
@Table(name = "exam_result")
public class ExamResult {

    @Id
    public UUID id;

    @Column(name = "student_id")
    public UUID studentId;

    /** The exam's country, ISO 3166-1 alpha-2. */
    public String country;

    /** The exam's name, such as {@code NLE} (Pakistan) or {@code FMGE} (India). */
    public String exam;

    @Column(name = "sat_on")
    public LocalDate satOn;

    public boolean passed;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
