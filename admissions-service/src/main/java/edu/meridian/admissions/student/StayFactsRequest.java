package edu.meridian.admissions.student;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The facts of a student's stay as the office knows them now; a fact not yet met is left out (null). */
public record StayFactsRequest(
        @NotNull Instant arrivedAt,
        @NotNull Boolean residencePermitRequired,
        Instant accommodationRegisteredAt,
        LocalDate healthCheckedOn,
        LocalDate insuredFrom,
        LocalDate permitAppliedOn,
        @Valid PermitRequest permit,
        @Size(max = 50) List<@NotNull @Valid AddressChange> moves) {

    public record PermitRequest(@NotNull LocalDate issuedOn, @NotNull LocalDate expiry, LocalDate renewalAppliedOn) {
    }

    StayFacts toFacts() {
        return new StayFacts(arrivedAt, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                insuredFrom, permitAppliedOn,
                permit == null ? null : new StayFacts.Permit(permit.issuedOn(), permit.expiry(), permit.renewalAppliedOn()),
                moves == null ? List.of() : List.copyOf(moves));
    }
}
