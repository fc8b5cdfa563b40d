package edu.meridian.admissions.outcome;

import java.time.LocalDate;

/** One sitting of a licensing exam by a graduate: the exam's country (ISO 3166), its name, the day, the result. */
public record ExamSitting(String studentId, String country, String exam, LocalDate sat, boolean passed) {
}
