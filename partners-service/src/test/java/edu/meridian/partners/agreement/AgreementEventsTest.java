package edu.meridian.partners.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.meridian.testing.Contracts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static edu.meridian.partners.agreement.AgreementFixtures.AGREEMENTS;
import static edu.meridian.partners.agreement.AgreementFixtures.admin;
import static edu.meridian.partners.agreement.AgreementFixtures.advance;
import static edu.meridian.partners.agreement.AgreementFixtures.agreementIn;
import static edu.meridian.partners.agreement.AgreementFixtures.createDraft;
import static edu.meridian.partners.agreement.AgreementFixtures.draft;
import static edu.meridian.partners.agreement.AgreementFixtures.etag;
import static edu.meridian.partners.agreement.AgreementFixtures.institution;
import static edu.meridian.partners.agreement.AgreementFixtures.move;
import static edu.meridian.partners.agreement.AgreementFixtures.read;
import static edu.meridian.partners.agreement.AgreementFixtures.staff;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What partners-service publishes on {@code partners.agreements}, read back from the real broker: one agreement's
 * events in order and keyed by its id, each valid against its contract, no personal data; and the contracts
 * themselves (golden examples valid, schemas that refuse what they must, every type in asyncapi.yaml).
 */
@QuarkusTest
class AgreementEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "edu.meridian.partners.agreement.";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    AgreementExpiry expiry;

    @Test
    void oneAgreementsEventsArriveInOrderKeyedByItsIdValidAndWithoutPersonalData() {
        String partner = institution();
        Map<String, Object> body = draft("events-" + unique(), partner);
        body.put("owner", "zhou.lei");
        try (AgreementTopic topic = AgreementTopic.listen(companion)) {
            String id = createDraft(body);
            move(staff(), id, "under_review", null);
            move(staff(), id, "draft", "Add the housing terms");
            move(staff(), id, "under_review", null);
            move(admin(), id, "approved", null);
            move(admin(), id, "signed", null);
            move(admin(), id, "active", null);
            AgreementFixtures.amendPlaces(id, body, 24);
            move(admin(), id, "terminated", "Partner closed the programme");

            List<ConsumerRecord<String, String>> records = topic.await(id, 9);
            List<JsonNode> events = records.stream().map(record -> AgreementTopic.parse(record.value())).toList();
            assertThat(AgreementTopic.types(events)).containsExactly("drafted", "submitted", "sent-back", "submitted",
                    "approved", "signed", "activated", "amended", "terminated");

            long lastVersion = -1;
            Set<String> eventIds = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = AgreementTopic.parse(record.value());
                assertThat(record.key()).isEqualTo(id);
                assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                        .isEqualTo("application/cloudevents+json");
                assertThat(event.get("subject").asText()).isEqualTo(id);
                assertThat(event.at("/data/agreementId").asText()).isEqualTo(id);
                assertThat(event.at("/data/partnerIds/0").asText()).isEqualTo(partner);
                assertThat(event.at("/data/signingUnit").asText()).isEqualTo("nursing");
                assertThat(event.at("/data/conditions/0/subjectAreas/0").asText()).isEqualTo("0913");
                assertThat(eventIds.add(event.get("id").asText())).isTrue();
                long version = event.at("/data/version").asLong();
                assertThat(version).isGreaterThan(lastVersion);
                lastVersion = version;
                assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
                assertNoPersonalData(record.value());
            }
            assertThat(events.get(2).at("/data/reason").asText()).isEqualTo("Add the housing terms");
            assertThat(events.get(2).at("/data/previousState").asText()).isEqualTo("under_review");
            assertThat(events.get(6).at("/data/effectiveDate").asText()).isEqualTo("2025-09-01");
            assertThat(events.get(6).at("/data/previousState").asText()).isEqualTo("signed");
            assertThat(events.get(7).at("/data/changedFields")).hasSize(1);
            assertThat(events.get(7).at("/data/changedFields/0").asText()).isEqualTo("conditions");
            assertThat(events.get(7).at("/data/conditions/0/placesPerYear").asInt()).isEqualTo(24);
            assertThat(events.get(8).at("/data/reason").asText()).isEqualTo("Partner closed the programme");
            // The last event carries the agreement's current version, as its ETag says.
            assertThat("\"" + events.get(8).at("/data/version").asLong() + "\"").isEqualTo(etag(id));
        }
    }

    private static void assertNoPersonalData(String event) {
        assertThat(event).doesNotContain("\"owner\"", "\"signatories\"", "zhou.lei", "wang.fang", "zhang.wei",
                "Zhang Wei", "Tan Mei Ling", "20th year of the scheme");
    }

    @Test
    void everyEventTypeIsPublishedValidAndShapedLikeItsGoldenExample() throws IOException {
        Set<String> seen = new TreeSet<>();
        try (AgreementTopic topic = AgreementTopic.listen(companion)) {
            List<String> ids = new ArrayList<>();

            // drafted, submitted, sent-back, approved, signed, activated, amended, terminated, deleted
            String partner = institution();
            Map<String, Object> body = draft("all-types-" + unique(), partner);
            String main = agreementIn("under_review", body);
            move(staff(), main, "draft", "Check the places");
            advance(main, "active");
            AgreementFixtures.amendPlaces(main, body, 22);
            move(admin(), main, "terminated", "Superseded by a new scheme");
            ids.add(main);
            String deleted = agreementIn("draft");
            given().auth().oauth2(staff()).header("If-Match", etag(deleted)).delete(AGREEMENTS + "/" + deleted)
                    .then().statusCode(204);
            ids.add(deleted);

            // renewed: a successor becomes active
            Map<String, Object> old = draft("renewed-" + unique(), partner);
            old.put("expiryDate", "2035-08-31");
            String predecessor = agreementIn("active", old);
            String successor = given().auth().oauth2(staff()).post(AGREEMENTS + "/" + predecessor + "/renewal")
                    .then().statusCode(201).extract().path("id");
            Map<String, Object> signed = draft("renewal", partner);
            signed.put("effectiveDate", "2035-09-01");
            signed.put("expiryDate", "2045-08-31");
            given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(successor))
                    .body(signed).put(AGREEMENTS + "/" + successor).then().statusCode(200);
            advance(successor, "active");
            ids.add(predecessor);
            ids.add(successor);

            // expiring, expired, extended: the expiry job
            Map<String, Object> ending = draft("ending-" + unique(), institution());
            ending.put("expiryDate", "2036-03-31");
            String ends = agreementIn("active", ending);
            Map<String, Object> renewing = draft("renewing-" + unique(), institution());
            renewing.put("expiryDate", "2036-03-31");
            renewing.put("autoRenewal", true);
            renewing.put("renewalPeriodMonths", 12);
            String renews = agreementIn("active", renewing);
            expiry.run(LocalDate.of(2036, 3, 1));
            expiry.run(LocalDate.of(2036, 4, 1));
            ids.add(ends);
            ids.add(renews);

            int[] expected = {9, 2, 6, 5, 7, 6};
            for (int i = 0; i < ids.size(); i++) {
                for (ConsumerRecord<String, String> record : topic.await(ids.get(i), expected[i])) {
                    JsonNode event = AgreementTopic.parse(record.value());
                    String type = event.get("type").asText();
                    seen.add(type);
                    assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
                    assertNoPersonalData(record.value());
                    // The same envelope as the golden example; every field declared in the schema.
                    JsonNode example = JSON.readTree(Contracts.example(type));
                    assertThat(fieldNames(event)).as(type).isEqualTo(fieldNames(example));
                    assertThat(Contracts.undeclared(record.value())).as("fields of " + type + " the schema does not declare").isEmpty();
                }
            }
            JsonNode renewedEvent = topic.recordsOf(predecessor).stream().map(record -> AgreementTopic.parse(record.value()))
                    .filter(event -> event.get("type").asText().endsWith(".renewed")).findFirst().orElseThrow();
            assertThat(renewedEvent.at("/data/successorId").asText()).isEqualTo(successor);
            JsonNode successorDrafted = AgreementTopic.parse(topic.recordsOf(successor).get(0).value());
            assertThat(successorDrafted.at("/data/predecessorId").asText()).isEqualTo(predecessor);
            JsonNode extended = topic.recordsOf(renews).stream().map(record -> AgreementTopic.parse(record.value()))
                    .filter(event -> event.get("type").asText().endsWith(".extended")).findFirst().orElseThrow();
            assertThat(extended.at("/data/previousExpiryDate").asText()).isEqualTo("2036-03-31");
            assertThat(extended.at("/data/expiryDate").asText()).isEqualTo("2037-03-31");
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(AgreementEvents.TYPES);
    }

    private static Set<String> fieldNames(JsonNode node) {
        assertThat(node.isObject()).as("an object: " + node).isTrue();
        Set<String> names = new TreeSet<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyGoldenExampleIsValidAndEverySchemaRefusesWhatItMust() throws IOException {
        for (String type : AgreementEvents.TYPES) {
            String example = Contracts.example(type);
            assertThat(Contracts.violations(example)).as(type).isEmpty();
            JsonNode event = JSON.readTree(example);
            assertThat(event.get("type").asText()).isEqualTo(type);
            assertThat(event.get("subject").asText()).isEqualTo(event.at("/data/agreementId").asText());
            assertThat(event.get("dataschema").asText()).isEqualTo("contracts/events/" + type + ".schema.json");
            assertThat(Contracts.undeclared(example)).as("fields of the " + type + " example the schema does not declare").isEmpty();

            ObjectNode withOwner = event.deepCopy();
            ((ObjectNode) withOwner.get("data")).put("owner", "wang.fang");
            assertThat(Contracts.violations(withOwner.toString())).as(type + " with owner").isNotEmpty();

            ObjectNode withSignatories = event.deepCopy();
            ((ObjectNode) withSignatories.get("data")).putArray("signatories").addObject().put("name", "Tan Mei Ling");
            assertThat(Contracts.violations(withSignatories.toString())).as(type + " with signatories").isNotEmpty();

            ObjectNode withoutState = event.deepCopy();
            ((ObjectNode) withoutState.get("data")).remove("state");
            assertThat(Contracts.violations(withoutState.toString())).as(type + " without state").isNotEmpty();

            ObjectNode wrongSource = event.deepCopy();
            wrongSource.put("source", "/programmes-service");
            assertThat(Contracts.violations(wrongSource.toString())).as(type + " from elsewhere").isNotEmpty();

            ObjectNode badDate = event.deepCopy();
            ((ObjectNode) badDate.get("data")).put("expiryDate", "31/08/2031");
            assertThat(Contracts.violations(badDate.toString())).as(type + " with a bad date").isNotEmpty();

            ObjectNode additive = event.deepCopy();
            ((ObjectNode) additive.get("data")).put("someFutureField", 1);
            assertThat(Contracts.violations(additive.toString())).as(type + " with an added field").isEmpty();
        }
        JsonNode expiring = JSON.readTree(Contracts.example(PREFIX + "expiring"));
        ((ObjectNode) expiring.get("data")).put("alertDays", 60);
        assertThat(Contracts.violations(expiring.toString())).isNotEmpty();
        JsonNode terminated = JSON.readTree(Contracts.example(PREFIX + "terminated"));
        ((ObjectNode) terminated.get("data")).remove("reason");
        assertThat(Contracts.violations(terminated.toString())).isNotEmpty();
    }

    @Test
    void asyncApiListsTheChannelEveryMessageAndItsConsumers() throws IOException {
        String asyncapi = Files.readString(Contracts.root().resolve("asyncapi.yaml"));
        assertThat(asyncapi).startsWith("asyncapi: 3.0.0").contains("address: partners.agreements",
                "x-meridian-application: partners-service", "x-meridian-application: programmes-service",
                "x-meridian-application: campus-systems");
        assertThat(Contracts.undocumented(AgreementEvents.TOPIC, AgreementEvents.TYPES)).isEmpty();
    }
}
