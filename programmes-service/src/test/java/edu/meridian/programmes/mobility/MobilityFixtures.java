package edu.meridian.programmes.mobility;

import edu.meridian.programmes.application.ApplicationFixtures;
import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.partner.PartnerEvents;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Mobilities made through the API: an application confirmed by the office (then its mobility is planned), and
 * inbound ones the office records. The call is CallFixtures' (2026/27, outbound study, budget 200,000 CNY).
 */
public final class MobilityFixtures {

    public static final String MOBILITIES = "/api/programmes/mobilities";

    /** A planned outbound mobility: its id, its application, its call, its host, and its student's token. */
    public record Planned(String id, String applicationId, String callId, Partner host, String token) {
    }

    private MobilityFixtures() {
    }

    /** A student of a unit with a token of their own (a different subject from the demo student). */
    public static String student(String username, String unit) {
        return Tokens.user(username).roles("student").unit(unit).name(username).sign();
    }

    /** An open call to a fresh partner, an application of this student confirmed by the office, its mobility. */
    public static Planned confirmed(KafkaCompanion kafka, String token) {
        Partner host = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Mobilities " + unique(), host);
        String call = CallFixtures.create(CallFixtures.call(scheme, "Mobilities " + unique(),
                destination(host, 3, null))).path("id");
        CallFixtures.move(call, etag(call), "open").response().then().statusCode(200);
        return confirmed(call, host, token);
    }

    /** Another application to the same call, confirmed. */
    public static Planned confirmed(String call, Partner host, String token) {
        String application = ApplicationFixtures.submitted(token, """
                {"callId": "%s", "choices": ["%s"], "statement": "I want to study nursing abroad.",
                 "gpa": 3.70, "yearOfStudy": 2, "languageResults": [{"test": "IELTS", "score": 7.0}]}"""
                .formatted(call, host.institutionId()));
        for (String to : List.of("under_review", "selected", "nominated", "accepted_by_host", "confirmed")) {
            moveApplication(staff(), application, to);
        }
        List<String> ids = given().auth().oauth2(token).get(MOBILITIES + "?size=100").then()
                .statusCode(200).extract().path("items.findAll { it.applicationId == '" + application + "' }.id");
        return new Planned(ids.get(0), application, call, host, token);
    }

    /** A partner institution in another country than Singapore, as the projection holds it. */
    public static UUID partnerIn(KafkaCompanion kafka, String nameEn, String country) {
        UUID institution = UUID.randomUUID();
        kafka.produceStrings().fromRecords(PartnerEvents.record(PartnerEvents.INSTITUTIONS, institution.toString(),
                PartnerEvents.institution("registered", institution, nameEn, country, "active", 1))).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(staff())
                .get("/api/programmes/partners/" + institution).statusCode() == 200);
        return institution;
    }

    /** An inbound exchange student recorded by the office, without an account here. */
    public static ExtractableResponse<Response> inbound(UUID institution, String year, String name, String unit) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"mobilityType": "student_study", "academicYear": "%s", "participantName": "%s",
                         "homeUnit": "%s", "institutionId": "%s", "plannedStart": "2026-09-01", "plannedEnd": "2027-01-15"}"""
                        .formatted(year, name, unit, institution))
                .post(MOBILITIES).then().extract();
    }

    public static String etagOf(String token, String id) {
        return given().auth().oauth2(token).get(MOBILITIES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static ExtractableResponse<Response> move(String token, String id, String to, String reason) {
        String body = reason == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etagOf(staff(), id))
                .body(body).post(MOBILITIES + "/" + id + "/transitions").then().extract();
    }

    /** PUT or POST a body to a path under the mobility, with the mobility's current ETag. */
    public static ExtractableResponse<Response> send(String token, String method, String id, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etagOf(staff(), id))
                .body(body).request(method, MOBILITIES + "/" + id + path).then().extract();
    }

    /** The office's details of the mobility: the host, planned dates, these actual dates and credits. */
    public static String details(Planned mobility, LocalDate actualStart, LocalDate actualEnd, String credits) {
        return """
                {"institutionId": "%s", "plannedStart": "2026-08-10", "plannedEnd": "2026-12-20",
                 "actualStart": %s, "actualEnd": %s, "creditsRecognised": %s}"""
                .formatted(mobility.host().institutionId(), quoted(actualStart), quoted(actualEnd), credits);
    }

    /** Two courses at the host: 4 + 6 host credits counting as 3 + 4.5 home credits. */
    public static final String COURSES = """
            {"courses": [
              {"code": "LSM2212", "title": "Human Anatomy", "credits": 4, "homeCode": "NUR201", "homeTitle": "Anatomy",
               "homeCredits": 3},
              {"title": "Clinical Nursing I", "credits": 6, "homeCode": "NUR310", "homeTitle": "Clinical Practice",
               "homeCredits": 4.5}]}""";

    /** The learning agreement listed and approved by student, home unit (its liaison) and host (the office). */
    public static void agreed(Planned mobility, String liaison) {
        send(mobility.token(), "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(200);
        approve(mobility.token(), mobility.id(), "student").response().then().statusCode(200);
        approve(liaison, mobility.id(), "home").response().then().statusCode(200);
        approve(staff(), mobility.id(), "host").response().then().statusCode(200);
    }

    public static ExtractableResponse<Response> approve(String token, String id, String party) {
        return send(token, "POST", id, "/learning-agreement/approvals", "{\"party\": \"" + party + "\"}");
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static void moveApplication(String token, String id, String to) {
        String etag = given().auth().oauth2(token).get("/api/programmes/applications/" + id).then().extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body("{\"to\": \"" + to + "\"}")
                .post("/api/programmes/applications/" + id + "/transitions").then().statusCode(200);
    }

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }
}
