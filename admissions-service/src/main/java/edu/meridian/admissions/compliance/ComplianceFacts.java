package edu.meridian.admissions.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the office has recorded about one student's stay: the arrival (entry), and each obligation met so far.
 * {@code residencePermitRequired} is false for stays that need none (an X2 visa for one semester).
 */
public record ComplianceFacts(Instant arrival, boolean residencePermitRequired,
        Optional<Instant> accommodationRegisteredAt, Optional<LocalDate> healthCheckedOn,
        Optional<LocalDate> insuredFrom, Optional<LocalDate> permitAppliedOn, Optional<ResidencePermit> permit,
        List<Move> moves) {

    /** A permit issued is proof that it was applied for, at the latest on the day it was issued. */
    public record ResidencePermit(LocalDate issuedOn, LocalDate expiry, Optional<LocalDate> renewalAppliedOn) {
    }

    /** A change of address, with its police re-registration and the change on the permit once done. */
    public record Move(Instant movedAt, Optional<Instant> reRegisteredAt, Optional<LocalDate> permitUpdatedOn) {
    }

    public static ComplianceFacts arrivedAt(Instant arrival) {
        return new ComplianceFacts(arrival, true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    public ComplianceFacts withoutResidencePermit() {
        return new ComplianceFacts(arrival, false, accommodationRegisteredAt, healthCheckedOn, insuredFrom,
                permitAppliedOn, permit, moves);
    }

    public ComplianceFacts accommodationRegistered(Instant at) {
        return new ComplianceFacts(arrival, residencePermitRequired, Optional.of(at), healthCheckedOn, insuredFrom,
                permitAppliedOn, permit, moves);
    }

    public ComplianceFacts healthChecked(LocalDate on) {
        return new ComplianceFacts(arrival, residencePermitRequired, accommodationRegisteredAt, Optional.of(on),
                insuredFrom, permitAppliedOn, permit, moves);
    }

    public ComplianceFacts insured(LocalDate from) {
        return new ComplianceFacts(arrival, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                Optional.of(from), permitAppliedOn, permit, moves);
    }

    public ComplianceFacts permitApplied(LocalDate on) {
        return new ComplianceFacts(arrival, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                insuredFrom, Optional.of(on), permit, moves);
    }

    public ComplianceFacts permitIssued(ResidencePermit residencePermit) {
        return new ComplianceFacts(arrival, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                insuredFrom, permitAppliedOn, Optional.of(residencePermit), moves);
    }

    public ComplianceFacts moved(Move move) {
        List<Move> all = new ArrayList<>(moves);
        all.add(move);
        return new ComplianceFacts(arrival, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                insuredFrom, permitAppliedOn, permit, List.copyOf(all));
    }
}
