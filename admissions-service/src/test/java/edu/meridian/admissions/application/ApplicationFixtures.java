package edu.meridian.admissions.application;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;

import static io.restassured.RestAssured.given;

/** Applications made through the API by applicants of their own. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /** A complete draft for one intake (an English-taught programme asking IELTS 6.0), CSC type B. */
    public static String completeBody(String intakeId) {
        return """
                {"surname": "KHAN", "givenNames": "AYESHA", "nationality": "PK", "dateOfBirth": "2005-05-17",
                 "education": [{"institution": "Lahore Grammar School", "country": "PK",
                                "qualification": "HSSC pre-medical", "fromYear": 2019, "toYear": 2023}],
                 "languageTests": [{"type": "IELTS", "result": 6.5, "takenOn": "%s"}],
                 "funding": {"type": "csc_type_b"},
                 "choices": [{"priority": 1, "intakeId": "%s"}]}""".formatted(
                AdmissionsFixtures.today().minusMonths(3), intakeId);
    }

    public static String draft(Applicant applicant, String body) {
        return given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/applications").then().statusCode(201).extract().path("id");
    }

    /** The caller's open application, made empty if they have none. */
    public static String openApplicationOf(String token) {
        List<String> ids = given().auth().oauth2(token).queryParam("state", "draft").get("/api/admissions/applications")
                .then().statusCode(200).extract().path("items.id");
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/admissions/applications")
                .then().statusCode(201).extract().path("id");
    }

    public static Response uploadAs(String token, String application, String kind, byte[] content, String name) {
        return given().auth().oauth2(token).multiPart("kind", kind).multiPart("file", name, content, "application/pdf")
                .post("/api/admissions/applications/" + application + "/documents");
    }

    public static String upload(Applicant applicant, String application, String kind) {
        return uploadAs(applicant.token(), application, kind, AdmissionsFixtures.PDF, kind + ".pdf").then()
                .statusCode(201).extract().path("id");
    }

    public static String etag(String token, String application) {
        return given().auth().oauth2(token).get("/api/admissions/applications/" + application).then().statusCode(200)
                .extract().header("ETag");
    }

    public static Response move(String token, String application, String to, String reason) {
        String body = reason == null ? "{\"to\": \"%s\"}".formatted(to)
                : "{\"to\": \"%s\", \"reason\": \"%s\"}".formatted(to, reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, application))
                .body(body).post("/api/admissions/applications/" + application + "/transitions");
    }

    public static Response review(String token, String application, String document, String decision, String reason) {
        String body = reason == null ? "{\"decision\": \"%s\"}".formatted(decision)
                : "{\"decision\": \"%s\", \"reason\": \"%s\"}".formatted(decision, reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/applications/" + application + "/documents/" + document + "/review");
    }

    public static Response offer(String token, String application, int priority, String kind, String conditions,
            java.time.LocalDate deadline) {
        String body = """
                {"priority": %d, "kind": "%s", "conditions": [%s], "deadline": "%s"}"""
                .formatted(priority, kind, conditions, deadline);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, application))
                .body(body).post("/api/admissions/applications/" + application + "/offers");
    }

    public static Response answer(Applicant applicant, String application, String offer, String answer) {
        return given().auth().oauth2(applicant.token()).contentType(ContentType.JSON)
                .header("If-Match", etag(applicant.token(), application)).body("{\"answer\": \"%s\"}".formatted(answer))
                .post("/api/admissions/applications/" + application + "/offers/" + offer + "/answer");
    }

    /**
     * A submitted application whose documents (passport, transcript) an officer verified, moved under review: ready
     * for offers.
     */
    public static String underReview(Applicant applicant, String intakeId) {
        return underReviewWith(applicant, completeBody(intakeId));
    }

    /** As {@link #underReview}, from this complete draft (of a programme requiring a passport and a transcript). */
    public static String underReviewWith(Applicant applicant, String body) {
        String id = draft(applicant, body);
        String passport = upload(applicant, id, "passport");
        String transcript = upload(applicant, id, "transcript");
        move(applicant.token(), id, "submitted", null).then().statusCode(200);
        String officer = AdmissionsFixtures.officer();
        review(officer, id, passport, "verified", null).then().statusCode(200);
        review(officer, id, transcript, "verified", null).then().statusCode(200);
        move(officer, id, "documents_complete", null).then().statusCode(200);
        move(officer, id, "under_review", null).then().statusCode(200);
        return id;
    }
}
