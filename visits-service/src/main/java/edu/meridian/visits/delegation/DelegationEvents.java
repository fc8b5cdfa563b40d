package edu.meridian.visits.delegation;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * What visits-service tells others about delegations, on topic {@value #TOPIC}, keyed by the delegation id. Written
 * to the outbox in the caller's transaction. Rejections, the visit's start and its report are the office's own.
 */
@ApplicationScoped
public class DelegationEvents {

    public static final String TOPIC = "visits.delegations";
    private static final String PREFIX = "edu.meridian.visits.delegation.";
    public static final String REQUESTED = PREFIX + "requested";
    public static final String APPROVED = PREFIX + "approved";
    public static final String SCHEDULED = PREFIX + "scheduled";
    public static final String COMPLETED = PREFIX + "completed";
    public static final String CANCELLED = PREFIX + "cancelled";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(REQUESTED, APPROVED, SCHEDULED, COMPLETED, CANCELLED);

    private final Outbox outbox;

    DelegationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void requested(Delegation delegation) {
        outbox.publish(TOPIC, REQUESTED, delegation.id.toString(), DelegationEventData.of(delegation, null, 0));
    }

    /** The event of a transition, if others are told about it. */
    void transitioned(Delegation delegation, DelegationState from, int itineraryItems) {
        type(delegation.state).ifPresent(type -> outbox.publish(TOPIC, type, delegation.id.toString(),
                DelegationEventData.of(delegation, from, itineraryItems)));
    }

    static Optional<String> type(DelegationState state) {
        return switch (state) {
            case approved -> Optional.of(APPROVED);
            case scheduled -> Optional.of(SCHEDULED);
            case completed -> Optional.of(COMPLETED);
            case cancelled -> Optional.of(CANCELLED);
            case requested, rejected, ongoing, reported -> Optional.empty();
        };
    }
}
