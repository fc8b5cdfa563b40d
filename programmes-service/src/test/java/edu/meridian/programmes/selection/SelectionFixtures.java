package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.ApplicationFixtures;
import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static io.restassured.RestAssured.given;

/**
 * A call (criteria gpa 60 / interview 40, reviewer zhao.min, CallFixtures.call) to NUS and NTU, with eligible
 * applications of new nursing students, then moved into selection; reviews and allocations made through the API.
 */
final class SelectionFixtures {

    /** The call, its two destinations, and per application its id and its applicant's token. */
    record CallInSelection(String id, Partner nus, Partner ntu, List<String> applications, List<String> applicants) {
    }

    private SelectionFixtures() {
    }

    /** {@code choices}: per application, its choices as "nus"/"ntu", first choice first. */
    static CallInSelection callInSelection(KafkaCompanion kafka, int nusPlaces, int ntuPlaces, List<List<String>> choices) {
        return callInSelection(kafka, nusPlaces, ntuPlaces, choices, List.of());
    }

    /** The same, the first applications made by these applicants (their tokens), the rest by new students. */
    static CallInSelection callInSelection(KafkaCompanion kafka, int nusPlaces, int ntuPlaces, List<List<String>> choices,
            List<String> tokens) {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 10);
        Partner ntu = Partners.publish(kafka, "NTU " + unique(), "active", 10);
        String scheme = CallFixtures.scheme("Selection " + unique(), nus, ntu);
        String id = CallFixtures.create(CallFixtures.call(scheme, "Selection " + unique(),
                destination(nus, nusPlaces, null) + ", " + destination(ntu, ntuPlaces, null))).path("id");
        CallFixtures.move(id, etag(id), "open").response().then().statusCode(200);
        List<String> applications = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (List<String> wanted : choices) {
            String token = applicants.size() < tokens.size() ? tokens.get(applicants.size())
                    : Tokens.user("sel." + unique()).roles("student").unit("nursing").sign();
            String listed = wanted.stream().map(choice -> "\"" + (choice.equals("nus") ? nus : ntu).institutionId() + "\"")
                    .collect(Collectors.joining(", "));
            String application = ApplicationFixtures.submitted(token, """
                    {"callId": "%s", "choices": [%s], "statement": "I want to study nursing abroad.",
                     "gpa": 3.60, "yearOfStudy": 2, "languageResults": [{"test": "IELTS", "score": 7.0}]}"""
                    .formatted(id, listed));
            applications.add(application);
            applicants.add(token);
        }
        CallFixtures.move(id, etag(id), "closed").response().then().statusCode(200);
        CallFixtures.move(id, etag(id), "in_selection").response().then().statusCode(200);
        return new CallInSelection(id, nus, ntu, applications, applicants);
    }

    static List<List<String>> choices(String... each) {
        return Arrays.stream(each).map(one -> List.of(one.split(","))).toList();
    }

    static String reviewer() {
        return Callers.ZHAO_MIN.token();
    }

    static ValidatableResponse assign(String application, String reviewer) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"reviewer\": \"" + reviewer + "\"}")
                .post("/api/programmes/applications/" + application + "/reviewers").then();
    }

    static String assignment(String application) {
        return "/api/programmes/reviews/my-assignments/" + application;
    }

    static ValidatableResponse score(String token, String application, int gpa, int interview) {
        String etag = given().auth().oauth2(token).get(assignment(application)).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"scores\": {\"gpa\": " + gpa + ", \"interview\": " + interview + "}}")
                .put(assignment(application) + "/scores").then();
    }

    static ValidatableResponse allocate(String callId) {
        return given().auth().oauth2(staff()).post("/api/programmes/calls/" + callId + "/allocation").then();
    }

    static ValidatableResponse publish(String callId) {
        return CallFixtures.move(callId, etag(callId), "results_published").response().then();
    }
}
