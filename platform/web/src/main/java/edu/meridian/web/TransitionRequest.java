package edu.meridian.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lifecycle change: the state to move to, and why (required where the rules ask for a reason). */
public record TransitionRequest(@NotBlank @Size(max = 40) String to, @Size(max = 2000) String reason) {
}
