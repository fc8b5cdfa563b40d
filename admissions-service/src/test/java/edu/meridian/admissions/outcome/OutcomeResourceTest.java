package edu.meridian.admissions.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.student.StudentEvents;
import edu.meridian.admissions.student.StudentFixtures;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Graduates' licensing exam results through the API and the pass rates computed from them by cohort and by the
 * exam's country (a cohort and an exam country of this test's own, as the database is shared), the result event, the
 * figures and the ministry's CSV, and a student reading their own results only.
 */
@QuarkusTest
class OutcomeResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COHORT = "1970";
    private static final String EXAM_COUNTRY = "TV";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static String graduate(Applicant applicant) {
        return graduate(applicant, COHORT);
    }

    private static String graduate(Applicant applicant, String cohort) {
        String student = StudentFixtures.student(applicant);
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .header("If-Match", StudentFixtures.etag(officer(), student))
                .body("{\"cohort\": \"" + cohort + "\", \"unit\": \"clinical-medicine\"}")
                .put("/api/admissions/students/" + student).then().statusCode(200);
        StudentFixtures.move(officer(), student, "graduated", null).then().statusCode(200);
        return student;
    }

    private static Response sat(String student, String day, boolean passed) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body("""
                {"country": "%s", "exam": "Medical Licensing Exam", "satOn": "%s", "passed": %s}"""
                .formatted(EXAM_COUNTRY, day, passed)).post("/api/admissions/students/" + student + "/exam-results");
    }

    @Test
    void passRatesByCohortAndCountryCountEachCandidacyOnceAtTheFirstAndAtAnyAttempt() {
        Applicant first = Applicant.fresh();
        String retaker = graduate(first);
        String passer = graduate(Applicant.fresh());
        graduate(Applicant.fresh());
        sat(retaker, "2025-06-10", false).then().statusCode(201).body("passed", equalTo(false));
        sat(retaker, "2025-12-10", true).then().statusCode(201);
        sat(retaker, "2025-12-10", true).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:exam-result-exists"));
        sat(passer, "2025-06-10", true).then().statusCode(201);

        JsonPath rates = given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/admissions/figures/pass-rates")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> cohort = rates.getMap("byCohort.find { it.group == '" + COHORT + "' }");
        assertThat(cohort).containsEntry("graduates", 3).containsEntry("candidates", 2)
                .containsEntry("passedFirstAttempt", 1).containsEntry("passedAnyAttempt", 2)
                .containsEntry("firstAttemptPercent", 50.0f).containsEntry("anyAttemptPercent", 100.0f);
        Map<String, Object> country = rates.getMap("byCountry.find { it.group == '" + EXAM_COUNTRY + "' }");
        assertThat(country).containsEntry("candidates", 2).containsEntry("passedFirstAttempt", 1);

        given().auth().oauth2(StudentFixtures.tokenOf(first)).get("/api/admissions/students/" + retaker
                + "/exam-results").then().statusCode(200).body("size()", equalTo(2));
        given().auth().oauth2(StudentFixtures.tokenOf(first)).get("/api/admissions/students/" + passer
                + "/exam-results").then().statusCode(404);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, StudentEvents.TOPIC, retaker, 4);
        JsonNode result = parse(records.get(3).value());
        assertThat(result.path("type").asText()).isEqualTo(StudentEvents.EXAM_RESULT_RECORDED);
        assertThat(result.at("/data/examResult/passed").asBoolean()).isTrue();
        assertThat(Contracts.violations(records.get(3).value())).isEmpty();
        assertThat(Contracts.undeclared(records.get(3).value())).isEmpty();
    }

    @Test
    void onlyAGraduatesResultIsRecordedAndBadInputChangesNothing() {
        String student = StudentFixtures.student(Applicant.fresh());
        sat(student, "2025-06-10", true).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:student-not-graduated"));
        String graduate = graduate(Applicant.fresh(), "1971");
        sat(graduate, "2100-01-01", true).then().statusCode(400).body("errors[0].field", equalTo("satOn"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("{\"country\": \"XX\", \"exam\": \"NLE\", \"satOn\": \"2025-01-01\", \"passed\": true}")
                .post("/api/admissions/students/" + graduate + "/exam-results").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().auth().oauth2(officer()).get("/api/admissions/students/" + graduate + "/exam-results").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theFiguresAndTheMinistrysCsvCountStudentsStillHere() {
        StudentFixtures.student(Applicant.fresh());
        JsonPath students = given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/admissions/figures/students")
                .then().statusCode(200).extract().jsonPath();
        assertThat(students.getLong("total")).isPositive();
        assertThat(students.getList("byCountry.group")).contains("PK");
        assertThat(students.getList("byFunding.group")).contains("csc_type_b");
        String csv = given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/admissions/figures/ministry-statistics.csv")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        assertThat(csv).contains("country,level,funding,students").containsPattern("PK,bachelor,csc_type_b,[1-9]");
        given().auth().oauth2(StudentFixtures.tokenOf(Applicant.fresh())).get("/api/admissions/figures/students")
                .then().statusCode(403);
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
