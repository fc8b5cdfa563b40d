package edu.meridian.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits, and then
 * certainly: the {@link OutboxRelay} publishes it, in commit order per aggregate, whenever Kafka is reachable.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MessagingConfig config;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper json, MessagingConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param topic   {@code <context>.<aggregate-plural>}
     * @param type    {@code edu.meridian.<context>.<aggregate>.<past-tense>}
     * @param subject the aggregate id; also the record key, so one aggregate's events stay in order
     * @param data    the payload record; never personal data such as contacts or passport numbers
     * @return the event as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(), type,
                subject, clock.instant().truncatedTo(ChronoUnit.MILLIS), "application/json",
                "contracts/events/" + type + ".schema.json", json.valueToTree(data));
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.fromString(event.id());
        message.topic = topic;
        message.recordKey = subject;
        message.eventType = type;
        message.payload = toJson(event);
        message.createdAt = event.time();
        entityManager.persist(message);
        return event;
    }

    private String toJson(CloudEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + event.type(), e);
        }
    }
}
