package edu.meridian.admissions.visa;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Issue the next blank form of the applicant's type to the admitted applicant of this application. */
public record IssueRequest(@NotNull UUID applicationId) {
}
