package edu.meridian.partners.activity;

import edu.meridian.messaging.CloudEvent;
import edu.meridian.messaging.ProjectionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Applies the other services' events to the activity projection, inside the inbox's transaction. Each event carries
 * its aggregate's full state, so the newest version wins and an older or repeated one changes nothing.
 */
@ApplicationScoped
public class ActivityProjection {

    private static final String MOBILITY_TYPES = "edu.meridian.programmes.mobility.";

    private final ActivityMobilityRepository mobilities;
    private final Clock clock;

    ActivityProjection(ActivityMobilityRepository mobilities, Clock clock) {
        this.mobilities = mobilities;
        this.clock = clock;
    }

    /** An event of {@code programmes.mobilities}; other types (a grant awarded) are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyMobility(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith(MOBILITY_TYPES) || event.type().endsWith(".grant-awarded")) {
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
}
