package edu.meridian.programmes.mobility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.programmes.mobility.MobilityFixtures.Planned;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.mobility.MobilityFixtures.details;
import static edu.meridian.programmes.mobility.MobilityFixtures.move;
import static edu.meridian.programmes.mobility.MobilityFixtures.send;
import static edu.meridian.programmes.mobility.MobilityFixtures.student;
import static edu.meridian.programmes.mobility.MobilityFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What programmes-service publishes on {@code programmes.mobilities}, read back from the real broker: a mobility's
 * events in order, keyed by its id (a grant's too), valid against their contracts and documented there, with ids,
 * dates and amounts only — no name, unit, learning agreement, credits or report.
 */
@QuarkusTest
class MobilityEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aMobilitysEventsArriveInOrderKeyedByItsIdWithoutPersonalData() {
        String username = "travels." + unique();
        Planned mobility = MobilityFixtures.confirmed(kafka, student(username, "nursing"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"mobilityId": "%s", "funder": "chun_miao_fund", "amount": 20000, "currency": "CNY"}"""
                        .formatted(mobility.id())).post("/api/programmes/grants").then().statusCode(201);
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), null, "null")).response().then().statusCode(200);
        MobilityFixtures.agreed(mobility, Callers.LI_NA.token());
        move(staff(), mobility.id(), "ongoing", null).response().then().statusCode(200);
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), today(), "7.5")).response().then().statusCode(200);
        move(staff(), mobility.id(), "completed", null).response().then().statusCode(200);
        send(mobility.token(), "PUT", mobility.id(), "/report", "{\"report\": \"Secret diary of the wards\"}")
                .response().then().statusCode(200);
        move(staff(), mobility.id(), "recognised", null).response().then().statusCode(200);
        Planned cancelled = MobilityFixtures.confirmed(mobility.callId(), mobility.host(), student("stays." + unique(), "nursing"));
        move(staff(), cancelled.id(), "cancelled", "Visa refused for a private reason").response().then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, MobilityEvents.TOPIC, mobility.id(), 4);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(MobilityEvents.GRANT_AWARDED,
                MobilityEvents.STARTED, MobilityEvents.COMPLETED, MobilityEvents.RECOGNISED);
        assertThat(events).extracting(event -> event.at("/data/state").asText())
                .containsExactly("planned", "ongoing", "completed", "recognised");
        JsonNode grant = events.get(0);
        assertThat(grant.path("subject").asText()).isEqualTo(mobility.id());
        assertThat(grant.at("/data/grant/funder").asText()).isEqualTo("chun_miao_fund");
        assertThat(grant.at("/data/grant/amount").decimalValue()).isEqualByComparingTo("20000");
        assertThat(grant.at("/data/grant/currency").asText()).isEqualTo("CNY");
        JsonNode started = events.get(1);
        assertThat(started.at("/data/previousState").asText()).isEqualTo("planned");
        assertThat(started.at("/data/applicationId").asText()).isEqualTo(mobility.applicationId());
        assertThat(started.at("/data/institutionId").asText()).isEqualTo(mobility.host().institutionId().toString());
        assertThat(started.at("/data/actualStart").asText()).isEqualTo(today().toString());
        assertThat(started.at("/data/direction").asText()).isEqualTo("outbound");
        List<ConsumerRecord<String, String>> other = Topics.awaitKey(kafka, MobilityEvents.TOPIC, cancelled.id(), 1);
        assertThat(parse(other.get(0).value()).path("type").asText()).isEqualTo(MobilityEvents.CANCELLED);

        for (ConsumerRecord<String, String> record : List.of(records.get(0), records.get(1), records.get(2),
                records.get(3), other.get(0))) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain(username, "nursing", "Anatomy", "Secret diary", "7.5", "Visa refused",
                    "li.na", "gpa");
        }
    }

    @Test
    void everyMobilityEventTypeIsDocumented() {
        assertThat(Contracts.undocumented(MobilityEvents.TOPIC, MobilityEvents.TYPES)).isEmpty();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
