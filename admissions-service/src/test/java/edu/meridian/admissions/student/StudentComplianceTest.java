package edu.meridian.admissions.student;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static edu.meridian.admissions.student.StudentFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Compliance clocks wired to students: facts recorded through the API (bad ones refused, nothing changed), clocks
 * with an injectable clock, the alert job sending each alert once as an event (near, then missed; a permit expiring),
 * the staff's "due this week" queue, and a student reading their own deadlines only.
 */
@QuarkusTest
class StudentComplianceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    StudentCompliance compliance;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAccommodationRegistrationIsAnnouncedNearThenMissedEachOnceAndQueuedAsOverdue() {
        Applicant applicant = Applicant.fresh();
        Instant arrival = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String student = register(officer(), arrived(applicant), arrival).then().statusCode(201).extract().path("id");

        JsonPath clocks = given().auth().oauth2(tokenOf(applicant)).get("/api/admissions/students/" + student
                + "/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(clocks.getList("clocks.item")).containsExactly("accommodation_registration", "insurance",
                "health_check", "residence_permit");
        assertThat(clocks.getString("clocks[0].dueBy")).isEqualTo(arrival.plus(24, ChronoUnit.HOURS).toString());
        assertThat(clocks.getString("clocks[0].status")).isEqualTo("pending");
        given().auth().oauth2(tokenOf(Applicant.fresh())).get("/api/admissions/students/" + student + "/compliance")
                .then().statusCode(404);

        clock.set(arrival.plus(13, ChronoUnit.HOURS));
        compliance.sendAlerts();
        compliance.sendAlerts();
        clock.set(arrival.plus(25, ChronoUnit.HOURS));
        compliance.sendAlerts();
        compliance.sendAlerts();

        List<JsonNode> events = Topics.awaitKey(kafka, StudentEvents.TOPIC, student, 3).stream()
                .map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(StudentEvents.REGISTERED,
                StudentEvents.DEADLINE_NEAR, StudentEvents.DEADLINE_MISSED);
        assertThat(events.get(1).at("/data/deadline/item").asText()).isEqualTo("accommodation_registration");
        assertThat(events.get(2).at("/data/deadline/daysLeft").asInt()).isZero();
        assertThat(Topics.awaitKey(kafka, StudentEvents.TOPIC, student, 3)).as("nothing sent twice").hasSize(3);

        List<Map<String, Object>> queue = given().auth().oauth2(staff()).queryParam("size", 200)
                .get("/api/admissions/students/due-this-week").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.studentId == '" + student + "' }");
        assertThat(queue).extracting(entry -> entry.get("item")).contains("accommodation_registration");
        assertThat(queue.get(0)).containsEntry("status", "overdue").containsEntry("surname", "KHAN");
        given().auth().oauth2(tokenOf(applicant)).get("/api/admissions/students/due-this-week").then().statusCode(403);

        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), student))
                .body("""
                        {"arrivedAt": "%s", "residencePermitRequired": true, "accommodationRegisteredAt": "%s"}"""
                        .formatted(arrival, arrival.plus(24, ChronoUnit.HOURS).plus(10, ChronoUnit.MINUTES)))
                .put("/api/admissions/students/" + student + "/stay").then().statusCode(200)
                .body("clocks.find { it.item == 'accommodation_registration' }.status", equalTo("done"))
                .body("clocks.find { it.item == 'accommodation_registration' }.doneLate", equalTo(true));
        assertThat(given().auth().oauth2(staff()).queryParam("size", 200).get("/api/admissions/students/due-this-week")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.studentId == '" + student
                        + "' }.item")).doesNotContain("accommodation_registration");
    }

    @Test
    void aPermitExpiringIsAnnouncedAtTheMostUrgentThresholdReached() {
        String student = student(Applicant.fresh());
        LocalDate today = AdmissionsFixtures.today();
        Instant arrival = Instant.now().minus(40, ChronoUnit.DAYS);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), student))
                .body("""
                        {"arrivedAt": "%s", "residencePermitRequired": true, "accommodationRegisteredAt": "%s",
                         "healthCheckedOn": "%s", "insuredFrom": "%s",
                         "permit": {"issuedOn": "%s", "expiry": "%s"}}""".formatted(arrival,
                        arrival.plus(2, ChronoUnit.HOURS), today.minusDays(35), today.minusDays(40),
                        today.minusDays(20), today.plusDays(20)))
                .put("/api/admissions/students/" + student + "/stay").then().statusCode(200)
                .body("clocks.find { it.item == 'permit_renewal' }.status", equalTo("due_soon"))
                .body("clocks.find { it.item == 'residence_permit' }.status", equalTo("done"));
        compliance.sendAlerts();
        compliance.sendAlerts();

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, StudentEvents.TOPIC, student, 2);
        assertThat(records).hasSize(2);
        JsonNode expiring = parse(records.get(1).value());
        assertThat(expiring.path("type").asText()).isEqualTo(StudentEvents.PERMIT_EXPIRING);
        assertThat(expiring.at("/data/deadline/daysLeft").asInt()).isEqualTo(20);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("KHAN", "AYESHA", today.minusDays(20).toString());
        }
    }

    @Test
    void badFactsAreRefusedAndChangeNothing() {
        String student = student(Applicant.fresh());
        String etag = etag(officer(), student);
        Instant arrival = Instant.now().minus(3, ChronoUnit.DAYS);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag).body("""
                        {"arrivedAt": "%s", "residencePermitRequired": true, "accommodationRegisteredAt": "%s",
                         "permit": {"issuedOn": "%s", "expiry": "%s"}}""".formatted(arrival,
                        arrival.minus(1, ChronoUnit.HOURS), AdmissionsFixtures.today(), AdmissionsFixtures.today()))
                .put("/api/admissions/students/" + student + "/stay").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("accommodationRegisteredAt",
                        "permit.expiry"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body("{\"arrivedAt\": \"%s\", "
                        .formatted(arrival) + "\"residencePermitRequired\": false}")
                .put("/api/admissions/students/" + student + "/stay").then().statusCode(428);
        assertThat(etag(officer(), student)).isEqualTo(etag);
        given().auth().oauth2(officer()).get("/api/admissions/students/" + student + "/compliance").then()
                .statusCode(200).body("facts.residencePermitRequired", equalTo(true))
                .body("facts.accommodationRegisteredAt", equalTo(null));
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
