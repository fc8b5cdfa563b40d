package edu.meridian.admissions.student;

/** Where a student belongs: cohort, home unit and advisor (the domain command of registration and of updates). */
public record StudentPlacement(String cohort, String unit, String advisor) {
}
