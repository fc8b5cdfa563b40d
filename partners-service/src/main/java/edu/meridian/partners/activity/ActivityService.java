package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.Agreement;
import edu.meridian.partners.agreement.AgreementService;
import edu.meridian.partners.agreement.AgreementState;
import edu.meridian.partners.institution.InstitutionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** What really happened with a partner, from the projection of the other services' events. */
@ApplicationScoped
public class ActivityService {

    private final AgreementService agreements;
    private final InstitutionService institutions;
    private final ActivityMobilityRepository mobilities;
    private final ActivityRecordRepository records;

    ActivityService(AgreementService agreements, InstitutionService institutions,
            ActivityMobilityRepository mobilities, ActivityRecordRepository records) {
        this.agreements = agreements;
        this.institutions = institutions;
        this.mobilities = mobilities;
        this.records = records;
    }

    /**
     * The exchange balance of an agreement the caller may read (404 otherwise). Mobilities are attributed among all
     * agreements with its partners, so a mobility another agreement covers better is not counted here.
     */
    public List<ExchangeBalance.Line> balanceOf(UUID agreementId) {
        Agreement agreement = agreements.read(agreementId);
        if (agreement.effectiveDate == null || agreement.expiryDate == null) {
            return List.of();
        }
        Set<UUID> partners = Set.copyOf(agreement.partnerIds);
        Set<Agreement> related = new HashSet<>(agreements.everInForceWith(partners));
        related.add(agreement);
        List<OfferedPlaces> offered = related.stream().map(ActivityService::offered).toList();
        List<UsedPlace> used = mobilities.ofInstitutions(partners).stream()
                .map(ActivityMobility::usedPlace).flatMap(Optional::stream).toList();
        return ExchangeBalance.of(offered, used).lines().stream()
                .filter(line -> line.agreementId().equals(agreementId)).toList();
    }

    /**
     * The mobilities with an institution, its last activity (a mobility begun, a nomination, a visit) and whether it
     * is dormant. A terminated agreement does not
     * count as in force: it ended before its expiry date.
     */
    public InstitutionActivity activityOf(UUID institutionId) {
        return activityOn(institutionId, agreements.today());
    }

    /** {@link #activityOf} as it stands on a day (404 for an unknown institution). */
    InstitutionActivity activityOn(UUID institutionId, LocalDate today) {
        institutions.get(institutionId);
        List<ActivityMobility> held = mobilities.ofInstitutions(List.of(institutionId));
        List<UsedPlace> used = held.stream().map(ActivityMobility::usedPlace).flatMap(Optional::stream).toList();
        Stream<LocalDate> mobilityDays = held.stream().filter(mobility -> mobility.usedPlace().isPresent())
                .map(mobility -> mobility.startedOn);
        Stream<LocalDate> otherDays = records.naming(List.of(institutionId)).stream().filter(ActivityRecord::happened)
                .map(record -> record.happenedOn);
        Optional<LocalDate> lastActivity = Stream.concat(mobilityDays, otherDays).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        List<Dormancy.InForce> inForce = agreements.everInForceWith(List.of(institutionId)).stream()
                .filter(agreement -> agreement.state != AgreementState.terminated)
                .map(agreement -> new Dormancy.InForce(agreement.effectiveDate, agreement.expiryDate)).toList();
        boolean dormant = Dormancy.isDormant(inForce, lastActivity, today);
        return new InstitutionActivity(institutionId, used, lastActivity, dormant);
    }

    static OfferedPlaces offered(Agreement agreement) {
        return new OfferedPlaces(agreement.id, Set.copyOf(agreement.partnerIds), agreement.effectiveDate,
                agreement.expiryDate, agreement.conditions);
    }
}
