package edu.meridian.admissions.student;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;

/** A change of address: when, the police re-registration after it, and the change on the permit once done. */
public record AddressChange(@NotNull Instant movedAt, Instant reRegisteredAt, LocalDate permitUpdatedOn) {
}
