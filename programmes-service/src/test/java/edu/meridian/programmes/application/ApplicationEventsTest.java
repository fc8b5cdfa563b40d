package edu.meridian.programmes.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.programmes.application.ApplicationFixtures.OpenCall;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.application.ApplicationFixtures.body;
import static edu.meridian.programmes.application.ApplicationFixtures.move;
import static edu.meridian.programmes.application.ApplicationFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What programmes-service publishes on {@code programmes.applications}, read back from the real broker: an
 * application's events in order, keyed by its id, valid against their contracts and documented there, with ids only —
 * no name, statement, GPA or other declared fact.
 */
@QuarkusTest
class ApplicationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void anApplicationsEventsArriveInOrderKeyedByItsIdWithIdsOnly() throws Exception {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String username = "events." + unique();
        String token = ApplicationFixtures.student(username, "nursing");
        String id = submitted(token, body(call.id(), "3.70", 2, "7.0", call.ntu().institutionId(), call.nus().institutionId()));
        for (String to : List.of("under_review", "selected", "nominated", "accepted_by_host", "confirmed")) {
            move(staff(), id, to, null).response().then().statusCode(200);
        }
        String withdrawn = submitted(ApplicationFixtures.student("events.w." + unique(), "nursing"),
                body(call.id(), "3.70", 2, "7.0", call.nus().institutionId()));
        move(staff(), withdrawn, "under_review", null).response().then().statusCode(200);
        move(staff(), withdrawn, "rejected", "Ranked below the places").response().then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, ApplicationEvents.TOPIC, id, 4);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(ApplicationEvents.SUBMITTED,
                ApplicationEvents.SELECTED, ApplicationEvents.NOMINATED, ApplicationEvents.CONFIRMED);
        assertThat(events).extracting(event -> event.at("/data/state").asText())
                .containsExactly("eligible", "selected", "nominated", "confirmed");
        assertThat(events).extracting(event -> event.at("/data/version").asLong()).containsExactly(2L, 4L, 5L, 7L);
        JsonNode first = events.get(0);
        assertThat(first.path("subject").asText()).isEqualTo(id);
        assertThat(first.at("/data/previousState").asText()).isEqualTo("draft");
        assertThat(first.at("/data/callId").asText()).isEqualTo(call.id());
        assertThat(first.at("/data/choices/0").asText()).isEqualTo(call.ntu().institutionId().toString());
        List<ConsumerRecord<String, String>> rejected = Topics.awaitKey(kafka, ApplicationEvents.TOPIC, withdrawn, 2);
        assertThat(rejected).extracting(record -> parse(record.value()).path("type").asText())
                .containsExactly(ApplicationEvents.SUBMITTED, ApplicationEvents.REJECTED);

        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain(username, "3.7", "statement", "study nursing", "IELTS", "gpa",
                    "nursing", "Ranked below");
        }
    }

    @Test
    void everyApplicationEventTypeIsDocumented() {
        assertThat(Contracts.undocumented(ApplicationEvents.TOPIC, ApplicationEvents.TYPES)).isEmpty();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
