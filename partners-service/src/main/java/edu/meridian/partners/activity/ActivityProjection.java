package edu.meridian.partners.activity;

import edu.meridian.messaging.CloudEvent;
import edu.meridian.messaging.ProjectionRules;
import edu.meridian.persistence.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies the other services' events to the activity projection, inside the inbox's transaction. Each event carries
 * its aggregate's full state, so the newest version wins and an older or repeated one changes nothing. Event types
 * of another aggregate and records that name no partner institution are ignored.
 */
@ApplicationScoped
public class ActivityProjection {

    private static final String MOBILITY_TYPES = "edu.meridian.programmes.mobility.";
    private static final String APPLICATION_TYPES = "edu.meridian.programmes.application.";
    private static final String DELEGATION_TYPES = "edu.meridian.visits.delegation.";

    private final ActivityMobilityRepository mobilities;
    private final ActivityRecordRepository records;
    private final Clock clock;
    private final Today today;

    ActivityProjection(ActivityMobilityRepository mobilities, ActivityRecordRepository records, Clock clock,
            Today today) {
        this.mobilities = mobilities;
        this.records = records;
        this.clock = clock;
        this.today = today;
    }

    /** An event of {@code programmes.mobilities}; other types (a grant awarded) are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyMobility(CloudEvent event) {
        if (!isOf(event, MOBILITY_TYPES) || event.type().endsWith(".grant-awarded")) {
            return;
        }
        MobilityData data = event.data(MobilityData.class);
        if (data.mobilityId() == null || data.institutionId() == null) {
            return;
        }
        ActivityMobility held = mobilities.findById(data.mobilityId());
        if (!ProjectionRules.replaces(held == null ? null : held.version, data.version(), false)) {
            return;
        }
        ActivityMobility mobility = held == null ? new ActivityMobility() : held;
        mobility.apply(data, clock.instant());
        if (held == null) {
            mobilities.persist(mobility);
        }
    }

    /**
     * An event of {@code programmes.applications}: the partners an application names are its destination choices.
     * It happened on the day of its newest event (in the university's time zone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyApplication(CloudEvent event) {
        if (!isOf(event, APPLICATION_TYPES)) {
            return;
        }
        ApplicationData data = event.data(ApplicationData.class);
        if (data.applicationId() == null || data.state() == null) {
            return;
        }
        Instant when = event.time() == null ? clock.instant() : event.time();
        apply(ActivityRecord.Kind.application, data.applicationId(), data.state(), null,
                LocalDate.ofInstant(when, today.zone()), data.choices(), data.version());
    }

    /** An event of {@code visits.delegations}: it happened on the day the guests arrive. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyDelegation(CloudEvent event) {
        if (!isOf(event, DELEGATION_TYPES)) {
            return;
        }
        DelegationData data = event.data(DelegationData.class);
        if (data.delegationId() == null || data.state() == null || data.arrival() == null) {
            return;
        }
        apply(ActivityRecord.Kind.delegation, data.delegationId(), data.state(), data.category(), data.arrival(),
                data.partnerInstitutionIds(), data.version());
    }

    private void apply(ActivityRecord.Kind kind, UUID id, String state, String category, LocalDate happenedOn,
            List<UUID> institutions, long version) {
        List<UUID> partners = institutions == null ? List.of()
                : institutions.stream().filter(Objects::nonNull).distinct().toList();
        ActivityRecord held = records.findById(id);
        if (held == null && partners.isEmpty()
                || !ProjectionRules.replaces(held == null ? null : held.version, version, false)) {
            return;
        }
        ActivityRecord record = held == null ? new ActivityRecord() : held;
        record.apply(kind, id, state, category, happenedOn, partners, version, clock.instant());
        if (held == null) {
            records.persist(record);
        }
    }

    private static boolean isOf(CloudEvent event, String prefix) {
        return event.type() != null && event.type().startsWith(prefix);
    }
}
