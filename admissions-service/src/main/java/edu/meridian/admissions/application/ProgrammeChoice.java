package edu.meridian.admissions.application;

import java.util.UUID;

/** One intake the applicant applies for, by priority (1 first). */
public record ProgrammeChoice(int priority, UUID intakeId) {
}
