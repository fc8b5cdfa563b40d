package edu.meridian.programmes.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.create;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static edu.meridian.programmes.call.CallFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What programmes-service publishes on {@code programmes.calls}, read back from the real broker: one call's events in
 * order, keyed by its id, each valid against its contract and documented there, without reviewers or budget.
 */
@QuarkusTest
class CallEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aCallsEventsArriveInOrderKeyedByItsIdAndMatchTheirContracts() throws Exception {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Events " + unique(), nus);
        String id = create(CallFixtures.call(scheme, "Events " + unique(), destination(nus, 3, null))).path("id");
        for (String to : List.of("open", "closed", "in_selection", "results_published", "archived")) {
            if (to.equals("results_published")) {
                CallFixtures.allocate(id);
            }
            move(id, etag(id), to).response().then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, CallEvents.TOPIC, id, 3);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(
                CallEvents.OPENED, CallEvents.CLOSED, CallEvents.RESULTS_PUBLISHED);
        assertThat(events).extracting(event -> event.at("/data/version").asLong()).containsExactly(1L, 2L, 4L);
        JsonNode opened = events.get(0);
        assertThat(opened.path("subject").asText()).isEqualTo(id);
        assertThat(opened.path("source").asText()).isEqualTo("/programmes-service");
        assertThat(opened.at("/data/previousState").asText()).isEqualTo("draft");
        assertThat(opened.at("/data/schemeKind").asText()).isEqualTo("outbound_exchange");
        assertThat(opened.at("/data/destinations/0/institutionId").asText()).isEqualTo(nus.institutionId().toString());
        assertThat(opened.at("/data/destinations/0/agreementId").asText()).isEqualTo(nus.agreementId().toString());
        assertThat(opened.at("/data/destinations/0/places").asInt()).isEqualTo(3);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("zhao.min", "budget", "CNY", "overrideReason");
        }
    }

    @Test
    void everyCallEventTypeIsDocumented() {
        assertThat(Contracts.undocumented(CallEvents.TOPIC, CallEvents.TYPES)).isEmpty();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
