package edu.meridian.admissions.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lifecycle move: the state to move to and why (required to reject, and for a withdrawal by the office). */
public record ApplicationTransitionRequest(@NotBlank @Size(max = 40) String to, @Size(max = 2000) String reason) {
}
