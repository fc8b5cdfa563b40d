package edu.meridian.programmes.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.programmes.ProgrammesFixtures;
import edu.meridian.testing.Contracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The projection of partners' institutions and agreements, fed through the real broker: the golden examples of
 * contracts/, redelivery without a second effect, older versions that never overwrite newer ones, and the rebuild a
 * service deployed later does (a fresh consumer group reading the topics from the beginning, or what compaction
 * leaves of them) giving the same projection.
 */
@QuarkusTest
class PartnerProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    PartnersConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void everyGoldenExampleOfPartnersIsAppliedAndTheNewestVersionOfEachAggregateHeld() throws Exception {
        List<JsonNode> examples = new ArrayList<>();
        try (var files = java.nio.file.Files.list(Contracts.root().resolve("events"))) {
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("edu.meridian.partners.")
                    && f.getFileName().toString().endsWith(".example.json")).sorted().toList()) {
                examples.add(JSON.readTree(file.toFile()));
            }
        }
        assertThat(examples).hasSize(18);
        List<ProducerRecord<String, String>> records = examples.stream()
                .sorted(java.util.Comparator.comparingLong(example -> example.at("/data/version").asLong()))
                .map(example -> PartnerEvents.record(example.path("type").asText().contains(".institution.")
                        ? PartnerEvents.INSTITUTIONS : PartnerEvents.AGREEMENTS,
                        example.path("subject").asText(), example.toString()))
                .toList();
        kafka.produceStrings().fromRecords(records).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> examples.stream()
                .allMatch(example -> inboxed(example.path("id").asText())));
        assertThat(count("select count(*) from inbox_dead_letter")).isZero();
        String institutionId = examples.stream().filter(example -> example.path("type").asText().endsWith("institution.updated"))
                .findFirst().orElseThrow().path("subject").asText();
        given().auth().oauth2(ProgrammesFixtures.staff()).get("/api/programmes/partners/" + institutionId)
                .then().statusCode(200)
                .body("name.zh", equalTo("南洋理工学院"))
                .body("name.en", equalTo("Nanyang Polytechnic"))
                .body("country", equalTo("SG"))
                .body("countryName.en", equalTo("Singapore"))
                .body("status", equalTo("active"));
        PartnerAgreement deleted = agreement("7d1f3c2a-9e4b-4f0e-8a61-2b5c9d0e4f13");
        assertThat(deleted.deleted).as("the deleted example, version 12, is the newest of that agreement").isTrue();
        assertThat(deleted.version).isEqualTo(12);
        assertThat(deleted.inForce()).isFalse();
        PartnerAgreement renewed = agreement("a52e9c17-3f4d-4b8a-9e2c-1d6f0b7a8c35");
        assertThat(renewed.state).isEqualTo("renewed");
        PartnerAgreement extended = agreement(examples.stream()
                .filter(example -> example.path("type").asText().endsWith("agreement.extended")).findFirst().orElseThrow()
                .path("subject").asText());
        assertThat(extended.inForce()).isTrue();
        assertThat(extended.expiryDate).hasToString("2027-08-31");
    }

    @Test
    void anAgreementsDatesStateAndConditionsAreKept() {
        UUID partner = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        produce(PartnerEvents.AGREEMENTS, id, PartnerEvents.agreement("activated", id, partner, "active", 20, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> version("partner_agreement", id) == 5);

        PartnerAgreement applied = agreement(id.toString());
        assertThat(applied.state).isEqualTo("active");
        assertThat(applied.inForce()).isTrue();
        assertThat(applied.partnerIds).containsExactly(partner);
        assertThat(applied.effectiveDate).hasToString("2026-01-01");
        assertThat(applied.expiryDate).hasToString("2029-12-31");
        assertThat(applied.titleEn).isEqualTo("Exchange agreement");
        assertThat(applied.conditions).singleElement().satisfies(condition -> {
            assertThat(condition.direction()).isEqualTo("outbound");
            assertThat(condition.mobilityType()).isEqualTo("student_study");
            assertThat(condition.placesPerYear()).isEqualTo(20);
            assertThat(condition.fromYear()).isEqualTo("2026/27");
            assertThat(condition.toYear()).isEqualTo("2027/28");
        });
    }

    private PartnerAgreement agreement(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(PartnerAgreement.class, UUID.fromString(id)));
    }

    @Test
    void aRedeliveredEventHasNoSecondEffectAndAnOlderVersionNeverOverwritesANewerOne() {
        UUID partner = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        String v3 = PartnerEvents.agreement("activated", agreement, partner, "active", 6, 3);
        String v2 = PartnerEvents.agreement("signed", agreement, partner, "signed", 4, 2);
        produce(PartnerEvents.AGREEMENTS, agreement, v3);
        await().atMost(Duration.ofSeconds(30)).until(() -> version("partner_agreement", agreement) == 3);
        Object appliedAt = column("partner_agreement", "applied_at", agreement);

        produce(PartnerEvents.AGREEMENTS, agreement, v3);
        produce(PartnerEvents.AGREEMENTS, agreement, v2);
        // The inbox records every event it handled, applied or not.
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxed(parse(v2).path("id").asText()));

        PartnerAgreement held = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(PartnerAgreement.class, agreement));
        assertThat(held.version).isEqualTo(3);
        assertThat(held.state).isEqualTo("active");
        assertThat(held.conditions.get(0).placesPerYear()).isEqualTo(6);
        assertThat(column("partner_agreement", "applied_at", agreement)).isEqualTo(appliedAt);
        assertThat(count("select count(*) from inbox_message where event_id = '" + parse(v3).path("id").asText() + "'"))
                .isEqualTo(1);
    }

    @Test
    void aDeletedAgreementStaysDeletedWhenAnOlderEventComesAgain() {
        UUID partner = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        String drafted = PartnerEvents.agreement("drafted", agreement, partner, "draft", 2, 0);
        String deleted = PartnerEvents.agreement("deleted", agreement, partner, "draft", 2, 0);
        produce(PartnerEvents.AGREEMENTS, agreement, drafted);
        produce(PartnerEvents.AGREEMENTS, agreement, deleted);
        produce(PartnerEvents.AGREEMENTS, agreement, PartnerEvents.agreement("drafted", agreement, partner, "draft", 2, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxed(parse(deleted).path("id").asText()));

        assertThat(column("partner_agreement", "deleted", agreement)).isEqualTo(true);
    }

    @Test
    void aFreshConsumerGroupReadingFromTheBeginningBuildsTheSameProjection() {
        Map<UUID, List<String>> institutionEvents = new LinkedHashMap<>();
        Map<UUID, List<String>> agreementEvents = new LinkedHashMap<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            UUID institution = UUID.randomUUID();
            UUID agreement = UUID.randomUUID();
            List<String> ofInstitution = List.of(
                    PartnerEvents.institution("registered", institution, "Partner " + i, "SG", "prospective", 0),
                    PartnerEvents.institution("status-changed", institution, "Partner " + i, "SG", "active", 1),
                    PartnerEvents.institution("updated", institution, "Partner " + i + " renamed", i % 2 == 0 ? "GB" : "CA", "active", 2));
            List<String> ofAgreement = List.of(
                    PartnerEvents.agreement("drafted", agreement, institution, "draft", 2, 0),
                    PartnerEvents.agreement("signed", agreement, institution, "signed", 2, 3),
                    PartnerEvents.agreement("activated", agreement, institution, "active", 3, 4),
                    PartnerEvents.agreement(i % 3 == 0 ? "terminated" : "amended", agreement, institution,
                            i % 3 == 0 ? "terminated" : "active", 4 + i, 5));
            institutionEvents.put(institution, ofInstitution);
            agreementEvents.put(agreement, ofAgreement);
            ofInstitution.forEach(event -> records.add(PartnerEvents.record(PartnerEvents.INSTITUTIONS, institution.toString(), event)));
            // An earlier event again behind later ones (a relay that failed over sends its batch again).
            List.of(ofAgreement.get(0), ofAgreement.get(1), ofAgreement.get(2), ofAgreement.get(1), ofAgreement.get(3))
                    .forEach(event -> records.add(PartnerEvents.record(PartnerEvents.AGREEMENTS, agreement.toString(), event)));
        }
        kafka.produceStrings().fromRecords(records).awaitCompletion();
        await().atMost(Duration.ofSeconds(60)).until(() -> institutionEvents.keySet().stream()
                .allMatch(id -> version("partner_institution", id) == 2)
                && agreementEvents.keySet().stream().allMatch(id -> version("partner_agreement", id) == 5));
        Map<UUID, String> institutionsLive = rows("partner_institution", institutionEvents.keySet());
        Map<UUID, String> agreementsLive = rows("partner_agreement", agreementEvents.keySet());
        assertThat(agreementsLive.get(agreementEvents.keySet().iterator().next())).contains("terminated");

        forget(institutionEvents.keySet(), agreementEvents.keySet());
        List<ConsumerRecord<String, String>> fromTheBeginning = readAsAFreshGroup(institutionEvents.keySet(),
                agreementEvents.keySet(), records.size());
        fromTheBeginning.forEach(this::consume);
        assertThat(rows("partner_institution", institutionEvents.keySet())).isEqualTo(institutionsLive);
        assertThat(rows("partner_agreement", agreementEvents.keySet())).isEqualTo(agreementsLive);

        forget(institutionEvents.keySet(), agreementEvents.keySet());
        Map<String, ConsumerRecord<String, String>> compacted = new LinkedHashMap<>();
        fromTheBeginning.forEach(record -> compacted.put(record.topic() + "/" + record.key(), record));
        compacted.values().stream().filter(record -> record.topic().equals(PartnerEvents.AGREEMENTS))
                .forEach(record -> assertThat(record.value()).doesNotContain("\"state\":\"signed\""));
        compacted.values().forEach(this::consume);
        assertThat(rows("partner_institution", institutionEvents.keySet())).isEqualTo(institutionsLive);
        assertThat(rows("partner_agreement", agreementEvents.keySet())).isEqualTo(agreementsLive);
    }

    /** What the live consumer does with a record, as a consumer that starts now does it. */
    private void consume(ConsumerRecord<String, String> record) {
        if (record.topic().equals(PartnerEvents.INSTITUTIONS)) {
            consumer.institution(record.value());
        } else {
            consumer.agreement(record.value());
        }
    }

    private List<ConsumerRecord<String, String>> readAsAFreshGroup(Set<UUID> institutions, Set<UUID> agreements, int count) {
        Set<String> keys = new java.util.HashSet<>();
        institutions.forEach(id -> keys.add(id.toString()));
        agreements.forEach(id -> keys.add(id.toString()));
        return kafka.consumeStrings().withGroupId("programmes-rebuild-" + UUID.randomUUID())
                .withOffsetReset(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST)
                .fromTopics(Set.of(PartnerEvents.INSTITUTIONS, PartnerEvents.AGREEMENTS),
                        stream -> stream.filter(record -> keys.contains(record.key())).select().first(count))
                .awaitCompletion(Duration.ofSeconds(60))
                .getRecords();
    }

    /** Drops these aggregates from the projection and the inbox, as a service deployed now has neither. */
    private void forget(Set<UUID> institutions, Set<UUID> agreements) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from inbox_message where consumer = ?1")
                    .setParameter(1, PartnersConsumer.CONSUMER).executeUpdate();
            entityManager.createNativeQuery("delete from partner_institution where id in ?1")
                    .setParameter(1, List.copyOf(institutions)).executeUpdate();
            entityManager.createNativeQuery("delete from partner_agreement where id in ?1")
                    .setParameter(1, List.copyOf(agreements)).executeUpdate();
        });
    }

    /** Each row as text, without the moment it was applied. */
    private Map<UUID, String> rows(String table, Set<UUID> ids) {
        String partners = table.equals("partner_agreement")
                ? ", (select string_agg(p.institution_id::text, ',' order by p.position) from partner_agreement_partner p"
                + " where p.agreement_id = t.id) as partners" : "";
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = entityManager.createNativeQuery("select t.id, (to_jsonb(t) - 'applied_at')::text"
                    + partners + " from " + table + " t where t.id in ?1").setParameter(1, List.copyOf(ids)).getResultList();
            return found.stream().collect(Collectors.toMap(row -> (UUID) row[0],
                    row -> row[1] + (row.length > 2 ? " partners=" + row[2] : "")));
        });
    }

    private void produce(String topic, UUID key, String event) {
        kafka.produceStrings().fromRecords(PartnerEvents.record(topic, key.toString(), event)).awaitCompletion();
    }

    private boolean exists(String table, String id) {
        return count("select count(*) from " + table + " where id = '" + id + "'") == 1;
    }

    private long version(String table, UUID id) {
        Object version = column(table, "version", id);
        return version == null ? -1 : ((Number) version).longValue();
    }

    private Object column(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from " + table + " where id = ?1").setParameter(1, id)
                .getResultStream().findFirst().orElse(null));
    }

    private boolean inboxed(String eventId) {
        return count("select count(*) from inbox_message where consumer = '" + PartnersConsumer.CONSUMER
                + "' and event_id = '" + eventId + "'") == 1;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static JsonNode parse(String event) {
        try {
            return JSON.readTree(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
