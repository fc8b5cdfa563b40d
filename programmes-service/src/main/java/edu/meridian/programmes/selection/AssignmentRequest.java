package edu.meridian.programmes.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office assigns one of the call's reviewers (their user name) to an application. */
public record AssignmentRequest(@NotBlank @Size(max = 100) String reviewer) {
}
