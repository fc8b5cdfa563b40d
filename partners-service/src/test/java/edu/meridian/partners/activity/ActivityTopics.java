package edu.meridian.partners.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.partners.PartnersFixtures;
import edu.meridian.partners.agreement.AgreementFixtures;
import edu.meridian.testing.Contracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Feeding the activity projection's topics in tests: golden examples, records, counts in its database. */
final class ActivityTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivityTopics() {
    }

    /** The golden examples of {@code contracts/events/} whose type starts with {@code typePrefix}, by file name. */
    static List<JsonNode> goldenExamples(String typePrefix) {
        List<JsonNode> examples = new ArrayList<>();
        try (var files = Files.list(Contracts.root().resolve("events"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(typePrefix)
                    && f.getFileName().toString().endsWith(".example.json")).sorted().toList()) {
                examples.add(JSON.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /**
     * A new partner with an active agreement from {@code from} to {@code to} offering 20 outbound study places a year,
     * and nothing happening with it.
     */
    static String partnerInForce(LocalDate from, LocalDate to) {
        String institution = AgreementFixtures.institution();
        Map<String, Object> body = AgreementFixtures.draft(PartnersFixtures.unique(), institution);
        body.put("effectiveDate", from.toString());
        body.put("expiryDate", to.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> condition = (Map<String, Object>) ((List<?>) body.get("conditions")).get(0);
        condition.put("fromYear", null);
        condition.put("toYear", null);
        AgreementFixtures.agreementIn("active", body);
        return institution;
    }

    static ProducerRecord<String, String> record(String topic, String key, String event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static List<ProducerRecord<String, String>> records(String topic, List<JsonNode> events) {
        return events.stream().map(event -> record(topic, event.path("subject").asText(), event.toString())).toList();
    }

    static void send(KafkaCompanion kafka, List<ProducerRecord<String, String>> records) {
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    /** A number the query selects, or -1 when it selects null. */
    static long count(EntityManager entityManager, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object result = entityManager.createNativeQuery(sql).getSingleResult();
            return result == null ? -1 : ((Number) result).longValue();
        });
    }

    static boolean received(EntityManager entityManager, JsonNode event) {
        return count(entityManager, "select count(*) from inbox_message where event_id = '"
                + event.path("id").asText() + "'") == 1;
    }
}
