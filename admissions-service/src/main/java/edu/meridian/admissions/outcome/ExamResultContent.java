package edu.meridian.admissions.outcome;

import java.time.LocalDate;

/** A licensing exam sitting as the office records it (the domain command). */
public record ExamResultContent(String country, String exam, LocalDate satOn, boolean passed) {
}
