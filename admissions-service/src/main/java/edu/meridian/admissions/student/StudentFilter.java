package edu.meridian.admissions.student;

/** The list's filters, each optional: state, kind, cohort, nationality and a name (q). */
public record StudentFilter(StudentState state, StudentKind kind, String cohort, String nationality, String q) {
}
