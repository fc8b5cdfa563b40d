package edu.meridian.admissions.compliance;

import edu.meridian.admissions.compliance.ComplianceFacts.Move;
import edu.meridian.admissions.compliance.ComplianceFacts.ResidencePermit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every clock that the recorded facts of a student start. Entry is the arrival's day in the periods' zone, so an
 * arrival at 00:30 in Shanghai counts from that day although it is still the day before in UTC.
 */
public final class ComplianceClocks {

    private final CompliancePeriods periods;
    private final ClockFactory clocks;

    public ComplianceClocks(CompliancePeriods periods) {
        this.periods = periods;
        this.clocks = new ClockFactory(periods.zone());
    }

    public List<ComplianceClock> of(ComplianceFacts facts) {
        LocalDate entry = clocks.dayOf(facts.arrival());
        List<ComplianceClock> all = new ArrayList<>();
        all.add(clocks.hoursAfter(ComplianceItem.accommodation_registration, facts.arrival(),
                periods.accommodationRegistration(), periods.accommodationNear(), facts.accommodationRegisteredAt()));
        all.add(clocks.daysAfter(ComplianceItem.health_check, entry, periods.healthCheck(), facts.healthCheckedOn()));
        all.add(clocks.daysAfter(ComplianceItem.insurance, entry, periods.insurance(), facts.insuredFrom()));
        if (facts.residencePermitRequired()) {
            all.add(clocks.daysAfter(ComplianceItem.residence_permit, entry, periods.residencePermit(),
                    facts.permitAppliedOn().or(() -> facts.permit().map(ResidencePermit::issuedOn))));
        }
        facts.permit().ifPresent(permit -> all.add(renewal(permit)));
        for (Move move : facts.moves()) {
            all.addAll(afterMove(move, facts.permit().isPresent()));
        }
        return List.copyOf(all);
    }

    private ComplianceClock renewal(ResidencePermit permit) {
        return clocks.dueOn(ComplianceItem.permit_renewal, permit.expiry(), periods.renewalAlertDays(),
                permit.renewalAppliedOn());
    }

    private List<ComplianceClock> afterMove(Move move, boolean holdsPermit) {
        ComplianceClock reRegistration = clocks.hoursAfter(ComplianceItem.address_reregistration, move.movedAt(),
                periods.accommodationRegistration(), periods.accommodationNear(), move.reRegisteredAt());
        if (!holdsPermit) {
            return List.of(reRegistration);
        }
        return List.of(reRegistration, clocks.daysAfter(ComplianceItem.permit_address_change,
                clocks.dayOf(move.movedAt()), periods.permitAddressChange(), move.permitUpdatedOn()));
    }
}
