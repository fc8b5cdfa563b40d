package edu.meridian.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Applies a consumed event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivered event has no second effect. An effect that keeps failing is retried a bounded number of
 * times, with a back-off that doubles from {@code meridian.messaging.inbox.retry-backoff}, and then thrown, so that
 * the channel's {@code failure-strategy=dead-letter-queue} moves the record to {@code <topic>.dlq}.
 *
 * <p>Order per aggregate holds for the consumer too: while an event of a subject is in the dead-letter topic, the
 * later events of that subject go there after it, unapplied ({@code meridian_inbox_held_total}); replayed from
 * there in order, the first one applied releases the next.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MessagingConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    Inbox(EntityManager entityManager, ObjectMapper json, MessagingConfig config, Clock clock, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * @param consumer a stable name of the consuming projection, e.g. {@code partner-activity}
     * @param record   the record's value: a structured-mode CloudEvent
     * @param effect   what the event does to this service's data; runs inside the inbox transaction
     * @return true if the effect was applied now, false if this consumer had applied the event before
     * @throws UnprocessableEvent when the record is not a CloudEvent or the effect failed on every attempt
     */
    public boolean receive(String consumer, String record, Consumer<CloudEvent> effect) {
        CloudEvent event = parse(record);
        RuntimeException last = null;
        Duration pause = config.inbox().retryBackoff();
        for (int attempt = 1; attempt <= config.inbox().maxAttempts(); attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
            } catch (HeldBehindADeadLetter e) {
                String reason = "an earlier event of subject " + event.subject() + " is in the dead-letter topic";
                recordDeadLetter(consumer, event, reason);
                metrics.counter("meridian.inbox.held", "consumer", consumer).increment();
                throw new UnprocessableEvent("Consumer " + consumer + " holds back event " + event.id() + ": " + reason, null);
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("Consumer %s failed on event %s (%s), attempt %d of %d: %s", consumer, event.id(),
                        event.type(), attempt, config.inbox().maxAttempts(), e.toString());
            }
            if (attempt < config.inbox().maxAttempts() && !pause(pause)) {
                break;
            }
            pause = pause.multipliedBy(2);
        }
        recordDeadLetter(consumer, event, String.valueOf(last));
        metrics.counter("meridian.inbox.dead.letters", "consumer", consumer).increment();
        throw new UnprocessableEvent("Consumer " + consumer + " gave up on event " + event.id(), last);
    }

    private boolean waitsBehindADeadLetter(String consumer, CloudEvent event) {
        if (event.subject() == null) {
            return false;
        }
        return !entityManager.createNativeQuery("""
                        select 1 from inbox_dead_letter
                         where consumer = ?1 and subject = ?2 and event_id <> ?3
                           and not exists (select 1 from inbox_message where consumer = ?1 and event_id = ?3)""")
                .setParameter(1, consumer)
                .setParameter(2, event.subject())
                .setParameter(3, event.id())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void recordDeadLetter(String consumer, CloudEvent event, String reason) {
        if (event.subject() == null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            insert into inbox_dead_letter (consumer, event_id, subject, event_type, reason, failed_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, consumer)
                    .setParameter(2, event.id())
                    .setParameter(3, event.subject())
                    .setParameter(4, event.type())
                    .setParameter(5, reason)
                    .setParameter(6, clock.instant())
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf("Consumer %s cannot record that event %s of %s went to the dead-letter topic: %s", consumer,
                    event.id(), event.subject(), e.toString());
        }
    }

    /** A short outage (a database failover, a lock timeout) passes while the inbox waits. */
    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        if (waitsBehindADeadLetter(consumer, event)) {
            throw new HeldBehindADeadLetter();
        }
        int recorded = entityManager.createNativeQuery("""
                        insert into inbox_message (consumer, event_id, received_at) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, clock.instant())
                .executeUpdate();
        entityManager.createNativeQuery("delete from inbox_dead_letter where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }

    private CloudEvent parse(String record) {
        try {
            CloudEvent event = json.readValue(record, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new UnprocessableEvent("Record is not a CloudEvent: id and type are required", null);
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEvent("Record is not a CloudEvent in structured JSON mode", e);
        }
    }

    /** Not an error of the effect: no point in another attempt. */
    private static final class HeldBehindADeadLetter extends RuntimeException {
        HeldBehindADeadLetter() {
            super(null, null, false, false);
        }
    }

    /** The record cannot be applied; the channel's dead-letter strategy takes it from here. */
    public static final class UnprocessableEvent extends RuntimeException {
        UnprocessableEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
