package edu.meridian.programmes.call;

import edu.meridian.programmes.partner.Partners.Partner;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static io.restassured.RestAssured.given;

/** Schemes and calls made through the API as office staff. */
public final class CallFixtures {

    private CallFixtures() {
    }

    public static String scheme(String titleEn, Partner... destinations) {
        String listed = Arrays.stream(destinations)
                .map(partner -> "{\"institutionId\": \"%s\", \"agreementId\": \"%s\"}"
                        .formatted(partner.institutionId(), partner.agreementId()))
                .collect(Collectors.joining(", "));
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"kind": "outbound_exchange", "title": {"zh": "春苗计划 %s", "en": "%s"},
                         "description": "Funded semester exchanges", "fundingRules": "Chun Miao fund: travel and stipend",
                         "destinations": [%s]}""".formatted(titleEn, titleEn, listed))
                .post("/api/programmes/schemes").then().statusCode(201).extract().path("id");
    }

    /** A call body: 2026/27, outbound study, a window from today for 30 days; {@code destinations} as JSON items. */
    public static String call(String schemeId, String titleEn, String destinations) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return """
                {"schemeId": "%s", "title": {"zh": "%s 中文", "en": "%s"}, "academicYear": "2026/27",
                 "direction": "outbound", "mobilityType": "student_study",
                 "window": {"from": "%s", "to": "%s"},
                 "destinations": [%s],
                 "eligibility": {"yearsOfStudy": [2, 3], "minGpa": 3.2,
                                 "languageTests": [{"test": "IELTS", "minScore": 6.5}, {"test": "TOEFL", "minScore": 90}],
                                 "homeUnits": ["nursing", "clinical-medicine"]},
                 "requiredDocuments": [{"code": "transcript", "title": {"zh": "成绩单", "en": "Transcript"}}],
                 "criteria": [{"code": "gpa", "title": {"zh": "学业成绩", "en": "Grades"}, "weight": 60},
                              {"code": "interview", "title": {"zh": "面试", "en": "Interview"}, "weight": 40}],
                 "reviewers": ["zhao.min"], "budget": {"amount": 200000, "currency": "CNY"}}"""
                .formatted(schemeId, titleEn, titleEn, today, today.plusDays(30), destinations);
    }

    public static String destination(Partner partner, int places, String overrideReason) {
        return overrideReason == null
                ? "{\"institutionId\": \"%s\", \"places\": %d}".formatted(partner.institutionId(), places)
                : "{\"institutionId\": \"%s\", \"places\": %d, \"overrideReason\": \"%s\"}"
                .formatted(partner.institutionId(), places, overrideReason);
    }

    public static ExtractableResponse<Response> create(String body) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body)
                .post("/api/programmes/calls").then().statusCode(201).extract();
    }

    public static ExtractableResponse<Response> move(String id, String etag, String to) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"to\": \"" + to + "\"}").post("/api/programmes/calls/" + id + "/transitions").then().extract();
    }

    public static String etag(String id) {
        return given().auth().oauth2(staff()).get("/api/programmes/calls/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** Runs the call's allocation (publishing its results needs one of the current inputs), as office staff. */
    public static void allocate(String id) {
        given().auth().oauth2(staff()).post("/api/programmes/calls/" + id + "/allocation").then().statusCode(201);
    }
}
