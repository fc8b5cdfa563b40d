package edu.meridian.admissions.visa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a form is voided (spoiled, lost, the student's data changed…); kept with the form. */
public record VoidRequest(@NotBlank @Size(max = 2000) String reason) {
}
