package edu.meridian.admissions.letter;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static edu.meridian.admissions.application.ApplicationFixtures.answer;
import static edu.meridian.admissions.application.ApplicationFixtures.etag;
import static edu.meridian.admissions.application.ApplicationFixtures.offer;
import static edu.meridian.admissions.application.ApplicationFixtures.completeBody;
import static edu.meridian.admissions.application.ApplicationFixtures.underReviewWith;
import static io.restassured.RestAssured.given;

/** Applications whose offer was accepted, and their letters, made through the API. */
public final class LetterFixtures {

    public static final String CHINESE_NAME = "艾莎·汗";

    private LetterFixtures() {
    }

    /** The applicant's application (KHAN AYESHA, CSC type B) with its offer of the intake accepted. */
    public static String accepted(Applicant applicant, String intake) {
        return acceptedWith(applicant, completeBody(intake));
    }

    public static String acceptedWith(Applicant applicant, String body) {
        String id = underReviewWith(applicant, body);
        String offered = offer(officer(), id, 1, "unconditional", "", today().plusDays(10)).then().statusCode(200)
                .extract().path("offers[0].id");
        answer(applicant, id, offered, "accept").then().statusCode(200);
        return id;
    }

    public static Response issue(String token, String application, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, application))
                .body(body).post("/api/admissions/applications/" + application + "/letter");
    }

    public static String body(String chineseName) {
        return """
                {"chineseName": %s, "registrationFrom": "%s", "registrationUntil": "%s"}""".formatted(
                chineseName == null ? "null" : "\"" + chineseName + "\"", today().plusDays(100), today().plusDays(110));
    }

    /** The letter's verification code, as printed. */
    public static String issued(String application) {
        return issue(AdmissionsFixtures.officer(), application, body(CHINESE_NAME)).then().statusCode(201).extract()
                .path("verificationCode");
    }
}
