package edu.meridian.admissions.outcome;

/** A student who graduated, with the cohort they entered in (e.g. {@code 2020}) and their nationality (ISO 3166). */
public record Graduate(String studentId, String cohort, String nationality) {
}
