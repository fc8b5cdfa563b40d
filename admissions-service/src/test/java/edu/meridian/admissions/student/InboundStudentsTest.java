package edu.meridian.admissions.student;

import edu.meridian.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Inbound exchange students from programmes' mobility events, sent through the real broker: a redelivered event and
 * a late older version have no second effect, a cancellation withdraws the student, and outbound stays, teachers and
 * grants make no student.
 */
@QuarkusTest
class InboundStudentsTest {

    private static final String TOPIC = "programmes.mobilities";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void anInboundStudentMobilityMakesOneExchangeStudentWhateverIsRedelivered() {
        UUID mobility = UUID.randomUUID();
        UUID institution = UUID.randomUUID();
        String participant = UUID.randomUUID().toString();
        String started = event("started", mobility, participant, institution, "inbound", "student_study", "ongoing", 2);
        send(List.of(
                record(mobility, event("started", mobility, participant, institution, "inbound", "student_study",
                        "planned", 1)),
                record(mobility, started),
                record(mobility, started),
                record(mobility, event("started", mobility, participant, institution, "inbound", "student_study",
                        "planned", 1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from student where mobility_id = '" + mobility + "' and mobility_version = 2") == 1);
        assertThat(count("select count(*) from inbox_message where consumer = '" + InboundStudentConsumer.CONSUMER
                + "' and event_id = '" + id(started) + "'")).isEqualTo(1);
        assertThat(count("select count(*) from student where mobility_id = '" + mobility + "'")).isEqualTo(1);

        String student = given().auth().oauth2(staff()).queryParam("kind", "exchange").queryParam("size", 200)
                .get("/api/admissions/students").then().statusCode(200).extract()
                .path("items.find { it.mobilityId == '" + mobility + "' }.id");
        given().auth().oauth2(staff()).get("/api/admissions/students/" + student).then().statusCode(200)
                .body("kind", equalTo("exchange")).body("state", equalTo("enrolled"))
                .body("sendingInstitutionId", equalTo(institution.toString()))
                .body("cohort", equalTo("2026/27"));

        send(List.of(record(mobility, event("cancelled", mobility, participant, institution, "inbound",
                "student_study", "cancelled", 3))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from student where mobility_id = '" + mobility + "' and state = 'withdrawn'") == 1);
    }

    @Test
    void outboundStaysTeachersAndGrantsMakeNoStudent() {
        UUID outbound = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        UUID granted = UUID.randomUUID();
        UUID institution = UUID.randomUUID();
        String last = event("started", granted, null, institution, "inbound", "student_study", "ongoing", 4);
        send(List.of(
                record(outbound, event("started", outbound, null, institution, "outbound", "student_study", "ongoing", 1)),
                record(teacher, event("started", teacher, null, institution, "inbound", "staff_teaching", "ongoing", 1)),
                record(granted, event("grant-awarded", granted, null, institution, "inbound", "student_study",
                        "ongoing", 3)),
                record(granted, last)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from inbox_message where event_id = '" + id(last) + "'") == 1);
        assertThat(count("select count(*) from student where mobility_id in ('" + outbound + "', '" + teacher + "')"))
                .isZero();
        assertThat(count("select mobility_version from student where mobility_id = '" + granted + "'")).isEqualTo(4);
    }

    @Test
    void theExchangeStudentWithAnAccountReadsTheirOwnRecord() {
        UUID mobility = UUID.randomUUID();
        String username = "exchange-" + StudentFixtures.unique();
        String subject = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        send(List.of(record(mobility, event("started", mobility, subject, UUID.randomUUID(), "inbound",
                "student_traineeship", "ongoing", 2))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from student where mobility_id = '" + mobility + "'") == 1);
        given().auth().oauth2(Tokens.of(username, "student")).get("/api/admissions/students").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].mobilityId", equalTo(mobility.toString()));
    }

    private static String event(String type, UUID mobility, String participant, UUID institution, String direction,
            String mobilityType, String state, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/programmes-service","type":"edu.meridian.programmes.mobility.%s",
                 "subject":"%s","time":"2026-08-11T01:30:00Z","datacontenttype":"application/json",
                 "data":{"mobilityId":"%s","participantId":%s,"direction":"%s","mobilityType":"%s",
                         "academicYear":"2026/27","institutionId":"%s","plannedStart":"2026-09-01",
                         "plannedEnd":"2027-01-20","state":"%s","version":%d,"addedLater":{"x":1}}}"""
                .formatted(UUID.randomUUID(), type, mobility, mobility,
                        participant == null ? "null" : "\"" + participant + "\"", direction, mobilityType,
                        institution, state, version);
    }

    private static String id(String event) {
        return event.substring(event.indexOf("\"id\":\"") + 6, event.indexOf("\"id\":\"") + 42);
    }

    private static ProducerRecord<String, String> record(UUID key, String event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key.toString(), event);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void send(List<ProducerRecord<String, String>> records) {
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object result = entityManager.createNativeQuery(sql).getSingleResult();
            return result == null ? -1 : ((Number) result).longValue();
        });
    }
}
