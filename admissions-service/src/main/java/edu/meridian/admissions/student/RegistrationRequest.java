package edu.meridian.admissions.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * The registration of an applicant who has arrived: their application (in state {@code arrived}), when they entered
 * China, and their placement.
 */
public record RegistrationRequest(
        @NotNull UUID applicationId,
        @NotNull Instant arrivedAt,
        @NotBlank @Pattern(regexp = StudentRequest.COHORT, message = "must be a year (2026) or an academic year (2026/27)")
        String cohort,
        @NotBlank @Pattern(regexp = StudentRequest.UNIT, message = "must be a unit code such as clinical-medicine")
        String unit,
        @Size(max = 100) @Pattern(regexp = StudentRequest.USERNAME, message = "must be a user name") String advisor) {

    StudentPlacement toPlacement() {
        return new StudentPlacement(cohort, unit, advisor);
    }
}
