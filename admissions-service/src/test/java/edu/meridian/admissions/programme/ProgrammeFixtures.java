package edu.meridian.admissions.programme;

import edu.meridian.admissions.AdmissionsFixtures;
import io.restassured.http.ContentType;

import java.time.LocalDate;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static io.restassured.RestAssured.given;

/** Programmes and intakes made through the API, each with a code of its own. */
public final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    /** An English-taught MBBS-like programme asking for IELTS 6.0 or TOEFL 80 and these documents. */
    public static String mbbsBody(String code, String documents) {
        return """
                {"code": "%s", "name": {"zh": "临床医学（英文授课）%1$s", "en": "MBBS taught in English %1$s"},
                 "level": "bachelor", "language": "en", "durationMonths": 72,
                 "tuition": {"amount": 45000, "currency": "CNY"},
                 "languageRequirement": {"minIelts": 6.0, "minToefl": 80},
                 "requiredDocuments": [%s]}""".formatted(code, documents);
    }

    public static String programme(String body) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/programmes").then().statusCode(201).extract().path("id");
    }

    /** An MBBS programme requiring a passport and a transcript. */
    public static String mbbs() {
        return programme(mbbsBody("MBBS-" + AdmissionsFixtures.unique().toUpperCase(), "\"passport\", \"transcript\""));
    }

    public static String intakeBody(String programmeId, LocalDate opens, LocalDate closes, LocalDate starts, int places) {
        return """
                {"programmeId": "%s", "startsOn": "%s", "applicationsOpen": "%s", "applicationsClose": "%s",
                 "places": %d}""".formatted(programmeId, starts, opens, closes, places);
    }

    /** An intake taking applications today, starting in about four months. */
    public static String openIntake(String programmeId, int places) {
        LocalDate today = AdmissionsFixtures.today();
        return given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(intakeBody(programmeId, today.minusDays(10), today.plusDays(60), today.plusDays(120), places))
                .post("/api/admissions/intakes").then().statusCode(201).extract().path("id");
    }
}
