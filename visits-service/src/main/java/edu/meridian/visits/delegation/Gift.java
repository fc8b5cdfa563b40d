package edu.meridian.visits.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A gift exchanged on the visit, as the office registers gifts: what, which way, and its value if known. */
public record Gift(
        @NotBlank @Size(max = 300) String description,
        @NotNull GiftDirection direction,
        @Valid Money value) {
}
