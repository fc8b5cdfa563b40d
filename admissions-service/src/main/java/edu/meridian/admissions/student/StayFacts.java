package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.ComplianceFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the office has recorded about a student's stay (the domain command of the facts' update, and what the
 * compliance clocks are computed from). Without an arrival no clock runs.
 */
public record StayFacts(Instant arrivedAt, boolean residencePermitRequired, Instant accommodationRegisteredAt,
        LocalDate healthCheckedOn, LocalDate insuredFrom, LocalDate permitAppliedOn, Permit permit,
        List<AddressChange> moves) {

    /** The study residence permit: issued, valid until, and the renewal applied for. Its number is not kept. */
    public record Permit(LocalDate issuedOn, LocalDate expiry, LocalDate renewalAppliedOn) {
    }

    Optional<ComplianceFacts> toComplianceFacts() {
        if (arrivedAt == null) {
            return Optional.empty();
        }
        ComplianceFacts facts = new ComplianceFacts(arrivedAt, residencePermitRequired,
                Optional.ofNullable(accommodationRegisteredAt), Optional.ofNullable(healthCheckedOn),
                Optional.ofNullable(insuredFrom), Optional.ofNullable(permitAppliedOn),
                Optional.ofNullable(permit).map(held -> new ComplianceFacts.ResidencePermit(held.issuedOn(),
                        held.expiry(), Optional.ofNullable(held.renewalAppliedOn()))),
                moves.stream().map(move -> new ComplianceFacts.Move(move.movedAt(),
                        Optional.ofNullable(move.reRegisteredAt()), Optional.ofNullable(move.permitUpdatedOn())))
                        .toList());
        return Optional.of(facts);
    }
}
