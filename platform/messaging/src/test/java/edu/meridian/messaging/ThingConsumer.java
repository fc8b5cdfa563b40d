package edu.meridian.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as services write them: the effect goes through the inbox, the payload is read into the consumer's own
 * record; a poison event fails every attempt.
 */
@ApplicationScoped
public class ThingConsumer {

    private final Inbox inbox;
    private final EntityManager entityManager;

    ThingConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("things")
    @Blocking
    public void consume(String record) {
        inbox.receive("thing-effects", record, event -> {
            if (event.data(ThingData.class).poison()) {
                throw new IllegalStateException("this event cannot be applied");
            }
            entityManager.createNativeQuery("insert into thing_effect (event_id, subject) values (?1, ?2)")
                    .setParameter(1, event.id())
                    .setParameter(2, event.subject())
                    .executeUpdate();
        });
    }

    /** What this consumer needs of the event; the producer's payload may hold more. */
    record ThingData(boolean poison) {
    }
}
