package edu.meridian.visits.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A lifecycle move of a delegation: the state to move to, why (required to reject or cancel) and, for the move to
 * {@code reported}, the summary report itself.
 */
public record DelegationTransitionRequest(
        @NotBlank @Size(max = 40) String to,
        @Size(max = 2000) String reason,
        @Size(max = 20000) String report) {
}
