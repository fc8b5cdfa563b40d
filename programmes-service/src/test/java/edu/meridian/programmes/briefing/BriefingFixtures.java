package edu.meridian.programmes.briefing;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static io.restassured.RestAssured.given;

/** Briefings made and moved through the API as office staff. */
final class BriefingFixtures {

    static final ZoneId UNIVERSITY = ZoneId.of("Asia/Shanghai");

    private BriefingFixtures() {
    }

    /** A briefing on the Jinyun campus on this local date, 14:30–16:30, with these presenting partners. */
    static String onCampus(String titleEn, LocalDate date, int capacity, UUID... partners) {
        return body(titleEn, date, "14:30", "16:30", capacity, partners);
    }

    private static String body(String titleEn, LocalDate date, String start, String end, int capacity, UUID... partners) {
        String listed = Arrays.stream(partners).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return """
                {"title": {"zh": "%s 宣讲会", "en": "%s"}, "format": "on_campus", "campus": "jinyun",
                 "venue": "Lecture Hall 2", "date": "%s", "startTime": "%s", "endTime": "%s", "capacity": %d,
                 "presentingPartners": [%s]}""".formatted(titleEn, titleEn, date, start, end, capacity, listed);
    }

    static ExtractableResponse<Response> create(String body) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body)
                .post("/api/programmes/briefings").then().statusCode(201).extract();
    }

    static ExtractableResponse<Response> move(String id, String etag, String to, String reason) {
        String body = reason == null ? "{\"to\": \"" + to + "\"}"
                : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).post("/api/programmes/briefings/" + id + "/transitions").then().extract();
    }

    static String etag(String id) {
        return given().auth().oauth2(staff()).get("/api/programmes/briefings/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** A briefing open for registration. */
    static String open(String body) {
        String id = create(body).path("id");
        move(id, etag(id), "registration_open", null).response().then().statusCode(200);
        return id;
    }

    static ExtractableResponse<Response> register(String token, String briefingId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .post("/api/programmes/briefings/" + briefingId + "/registrations").then().extract();
    }

    static ExtractableResponse<Response> moveRegistration(String token, String briefingId, String id, String to) {
        String etag = given().auth().oauth2(token).get("/api/programmes/briefings/" + briefingId + "/registrations/" + id)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"to\": \"" + to + "\"}")
                .post("/api/programmes/briefings/" + briefingId + "/registrations/" + id + "/transitions").then().extract();
    }
}
