package edu.meridian.programmes.briefing;

import jakarta.validation.constraints.Pattern;

/**
 * A registration: empty for oneself (students and teachers register themselves); the office names the {@code person}
 * it registers (a walk-in, a paper list). Naming someone else is the office's alone.
 */
public record RegistrationRequest(
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String person) {
}
