package edu.meridian.admissions.application;

/** The list filters of applications, all optional: state, nationality, and a name as in the passport (q). */
public record ApplicationFilter(ApplicationState state, String nationality, String q) {
}
