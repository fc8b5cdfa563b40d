package edu.meridian.admissions.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** An offer for the choice of this priority; conditions only with a conditional offer. */
public record OfferRequest(
        @Min(1) @Max(3) int priority,
        @NotNull OfferKind kind,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> conditions,
        @NotNull LocalDate deadline) {
}
