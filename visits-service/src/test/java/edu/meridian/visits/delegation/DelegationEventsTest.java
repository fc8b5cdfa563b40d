package edu.meridian.visits.delegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static edu.meridian.visits.VisitsFixtures.staff;
import static edu.meridian.visits.VisitsFixtures.unique;
import static edu.meridian.visits.delegation.DelegationFixtures.UNIVERSITY;
import static edu.meridian.visits.delegation.DelegationFixtures.addItem;
import static edu.meridian.visits.delegation.DelegationFixtures.body;
import static edu.meridian.visits.delegation.DelegationFixtures.created;
import static edu.meridian.visits.delegation.DelegationFixtures.item;
import static edu.meridian.visits.delegation.DelegationFixtures.move;
import static edu.meridian.visits.delegation.DelegationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What visits-service publishes on {@code visits.delegations}, read back from the real broker: a delegation's events in
 * order, keyed by its id, valid against their contracts and documented there, with facts only — no guest's name or
 * title, no purpose, money, gifts or report.
 */
@QuarkusTest
class DelegationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDelegationsEventsArriveInOrderKeyedByItsIdWithFactsOnly() {
        LocalDate arrival = today().plusDays(95);
        LocalDate departure = arrival.plusDays(1);
        String id = created(staff(), body("Events " + unique(), "official_delegation", "nursing", arrival, departure));
        String tag = unique();
        addItem(staff(), id, item("meeting", "Welcome " + tag, arrival, "09:00", "10:00", "Room " + tag,
                "Host " + tag, "Interpreter " + tag), false).response().then().statusCode(201);
        move(staff(), id, "approved", null, null).response().then().statusCode(200);
        move(staff(), id, "scheduled", null, null).response().then().statusCode(200);
        clock.set(arrival.atTime(8, 0).atZone(UNIVERSITY).toInstant());
        move(staff(), id, "ongoing", null, null).response().then().statusCode(200);
        clock.set(departure.atTime(20, 0).atZone(UNIVERSITY).toInstant());
        move(staff(), id, "completed", null, null).response().then().statusCode(200);
        move(staff(), id, "reported", null, "Secret report text").response().then().statusCode(200);
        String cancelled = created(staff(), body("Cancelled " + unique(), "academic_visit", "nursing", arrival, arrival));
        move(staff(), cancelled, "cancelled", "Visa refused to the guest", null).response().then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, DelegationEvents.TOPIC, id, 4);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(DelegationEvents.REQUESTED,
                DelegationEvents.APPROVED, DelegationEvents.SCHEDULED, DelegationEvents.COMPLETED);
        assertThat(events).extracting(event -> event.at("/data/version").asLong()).containsExactly(0L, 1L, 2L, 4L);
        assertThat(events).extracting(event -> event.at("/data/itineraryItems").asInt()).containsExactly(0, 1, 1, 1);
        JsonNode first = events.get(0);
        assertThat(first.path("subject").asText()).isEqualTo(id);
        assertThat(first.path("source").asText()).isEqualTo("/visits-service");
        assertThat(first.at("/data/guestCount").asInt()).isEqualTo(2);
        assertThat(first.at("/data/guestCountries/0").asText()).isEqualTo("JP");
        assertThat(first.at("/data/arrival").asText()).isEqualTo(arrival.toString());
        assertThat(events.get(3).at("/data/previousState").asText()).isEqualTo("ongoing");
        List<ConsumerRecord<String, String>> other = Topics.awaitKey(kafka, DelegationEvents.TOPIC, cancelled, 2);
        assertThat(other).extracting(record -> parse(record.value()).path("type").asText())
                .containsExactly(DelegationEvents.REQUESTED, DelegationEvents.CANCELLED);

        for (ConsumerRecord<String, String> record : List.of(records.get(0), records.get(1), records.get(2),
                records.get(3), other.get(1))) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("Tanaka", "Sato", "Deputy Mayor", "Friendship city", "12000",
                    "Celadon", "Secret report", "Visa refused", "Host " + tag, "Room " + tag);
        }
    }

    @Test
    void everyDelegationEventTypeIsDocumented() {
        assertThat(Contracts.undocumented(DelegationEvents.TOPIC, DelegationEvents.TYPES)).isEmpty();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
