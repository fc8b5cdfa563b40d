package edu.meridian.programmes.application;

import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import java.util.Arrays;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static io.restassured.RestAssured.given;

/** An open call with two destinations (the rules of CallFixtures.call) and applications to it, made through the API. */
final class ApplicationFixtures {

    /** An open call (years 2–3, GPA 3.2, IELTS 6.5 or TOEFL 90, nursing or clinical medicine) to NUS and NTU. */
    record OpenCall(String id, Partner nus, Partner ntu, Partner elsewhere) {
    }

    private ApplicationFixtures() {
    }

    static OpenCall openCall(KafkaCompanion kafka) {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner ntu = Partners.publish(kafka, "NTU " + unique(), "active", 4);
        Partner elsewhere = Partners.publish(kafka, "Elsewhere " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Applications " + unique(), nus, ntu, elsewhere);
        String id = CallFixtures.create(CallFixtures.call(scheme, "Applications " + unique(),
                destination(nus, 3, null) + ", " + destination(ntu, 2, null))).path("id");
        CallFixtures.move(id, etag(id), "open").response().then().statusCode(200);
        return new OpenCall(id, nus, ntu, elsewhere);
    }

    /** Another student than the demo one, of a unit, with a token of their own (a different subject). */
    static String student(String username, String unit) {
        return Tokens.user(username).roles("student").unit(unit).name(username).sign();
    }

    /** An application body: choices as institution ids, then GPA, year, IELTS score (null: leave out). */
    static String body(String callId, String gpa, Integer year, String ielts, Object... choices) {
        String listed = Arrays.stream(choices).map(choice -> "\"" + choice + "\"").collect(Collectors.joining(", "));
        return """
                {"callId": "%s", "choices": [%s], "statement": "I want to study nursing abroad.",
                 "gpa": %s, "yearOfStudy": %s, "languageResults": [%s]}"""
                .formatted(callId, listed, gpa, year, ielts == null ? "" : "{\"test\": \"IELTS\", \"score\": " + ielts + "}");
    }

    static ExtractableResponse<Response> create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/programmes/applications").then().extract();
    }

    static ExtractableResponse<Response> move(String token, String id, String to, String reason) {
        String etag = given().auth().oauth2(token).get("/api/programmes/applications/" + id).then().extract().header("ETag");
        String body = reason == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag == null ? "\"0\"" : etag)
                .body(body).post("/api/programmes/applications/" + id + "/transitions").then().extract();
    }

    /** A submitted application of this student: created and submitted, its id. */
    static String submitted(String token, String body) {
        String id = create(token, body).response().then().statusCode(201).extract().path("id");
        move(token, id, "submitted", null).response().then().statusCode(200);
        return id;
    }
}
