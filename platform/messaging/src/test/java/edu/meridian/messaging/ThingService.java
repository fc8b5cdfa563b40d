package edu.meridian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;

/** A business service of the test application: every change publishes an event through the outbox. */
@ApplicationScoped
public class ThingService {

    static final String TOPIC = "test.outbox";
    static final String TYPE = "edu.meridian.test.thing.changed";

    private final Outbox outbox;

    ThingService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public CloudEvent change(String thingId, int step) {
        return outbox.publish(TOPIC, TYPE, thingId, Map.of("thingId", thingId, "step", step));
    }

    /** A change whose event carries a note; a note over 1 MB makes a record Kafka's producer refuses. */
    @Transactional
    public CloudEvent changeWithNote(String thingId, int step, String note) {
        return outbox.publish(TOPIC, TYPE, thingId, Map.of("thingId", thingId, "step", step, "note", note));
    }

    /** The change and its event are written, then the transaction fails: neither may survive. */
    @Transactional
    public void changeThenFail(String thingId) {
        outbox.publish(TOPIC, TYPE, thingId, Map.of("thingId", thingId, "step", -1));
        throw new IllegalStateException("the business change failed after the event was recorded");
    }
}
