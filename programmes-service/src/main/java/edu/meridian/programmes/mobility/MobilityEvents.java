package edu.meridian.programmes.mobility;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * What programmes-service tells others about mobilities, on topic {@value #TOPIC}, keyed by the mobility id (a grant's
 * event too, so that it stays in order with its stay), written to the outbox in the caller's transaction. A planned
 * stay is the office's business until it starts or is cancelled.
 */
@ApplicationScoped
public class MobilityEvents {

    public static final String TOPIC = "programmes.mobilities";
    private static final String PREFIX = "edu.meridian.programmes.mobility.";
    public static final String STARTED = PREFIX + "started";
    public static final String COMPLETED = PREFIX + "completed";
    public static final String RECOGNISED = PREFIX + "recognised";
    public static final String CANCELLED = PREFIX + "cancelled";
    public static final String GRANT_AWARDED = PREFIX + "grant-awarded";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(STARTED, COMPLETED, RECOGNISED, CANCELLED, GRANT_AWARDED);

    private final Outbox outbox;

    MobilityEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void transitioned(Mobility mobility, MobilityState from) {
        type(mobility.state).ifPresent(type -> outbox.publish(TOPIC, type, mobility.id.toString(),
                MobilityEventData.of(mobility, from, null)));
    }

    /** A grant was awarded to the mobility. */
    public void grantAwarded(Mobility mobility, MobilityEventData.GrantFacts grant) {
        outbox.publish(TOPIC, GRANT_AWARDED, mobility.id.toString(), MobilityEventData.of(mobility, null, grant));
    }

    static Optional<String> type(MobilityState state) {
        return switch (state) {
            case ongoing -> Optional.of(STARTED);
            case completed -> Optional.of(COMPLETED);
            case recognised -> Optional.of(RECOGNISED);
            case cancelled -> Optional.of(CANCELLED);
            case planned -> Optional.empty();
        };
    }
}
