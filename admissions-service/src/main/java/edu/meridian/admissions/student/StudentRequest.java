package edu.meridian.admissions.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A student's placement as the office changes it: cohort, home unit, advisor (a user name). */
public record StudentRequest(
        @NotBlank @Pattern(regexp = StudentRequest.COHORT, message = "must be a year (2026) or an academic year (2026/27)")
        String cohort,
        @NotBlank @Pattern(regexp = StudentRequest.UNIT, message = "must be a unit code such as clinical-medicine")
        String unit,
        @Size(max = 100) @Pattern(regexp = StudentRequest.USERNAME, message = "must be a user name") String advisor) {

    static final String COHORT = "[0-9]{4}(/[0-9]{2})?";
    static final String UNIT = "[a-z0-9][a-z0-9-]{0,59}";
    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";

    StudentPlacement toPlacement() {
        return new StudentPlacement(cohort, unit, advisor);
    }
}
