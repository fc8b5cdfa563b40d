package edu.meridian.programmes.call;

import edu.meridian.messaging.Outbox;
import edu.meridian.programmes.scheme.SchemeKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * What programmes-service tells others about calls, on topic {@value #TOPIC}, keyed by the call id. Written to the
 * outbox in the caller's transaction. Moves into selection and to the archive are the office's own business.
 */
@ApplicationScoped
public class CallEvents {

    public static final String TOPIC = "programmes.calls";
    private static final String PREFIX = "edu.meridian.programmes.call.";
    public static final String OPENED = PREFIX + "opened";
    public static final String CLOSED = PREFIX + "closed";
    public static final String RESULTS_PUBLISHED = PREFIX + "results-published";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(OPENED, CLOSED, RESULTS_PUBLISHED);

    private final Outbox outbox;

    CallEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event of a transition, if others are told about it. */
    public void transitioned(Call call, SchemeKind schemeKind, CallState from) {
        type(call.state).ifPresent(type -> {
            CallEventData data = CallEventData.of(call, schemeKind, from);
            outbox.publish(TOPIC, type, call.id.toString(), data);
        });
    }

    static Optional<String> type(CallState state) {
        return switch (state) {
            case open -> Optional.of(OPENED);
            case closed -> Optional.of(CLOSED);
            case results_published -> Optional.of(RESULTS_PUBLISHED);
            case draft, in_selection, archived -> Optional.empty();
        };
    }
}
