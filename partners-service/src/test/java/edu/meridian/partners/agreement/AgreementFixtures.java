package edu.meridian.partners.agreement;

import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;

/**
 * Sample agreements and the people who handle them, driven through the public API. Tokens are signed per call
 * (they live five minutes); every name carries a random suffix because all tests share one database.
 */
public final class AgreementFixtures {

    static final String AGREEMENTS = "/api/partners/agreements";

    private AgreementFixtures() {
    }

    static String admin() {
        return Callers.ZHANG_WEI.token();
    }

    static String staff() {
        return Callers.WANG_FANG.token();
    }

    /** The nursing college's foreign-affairs secretary. */
    static String liaison() {
        return Callers.LI_NA.token();
    }

    static String leadership() {
        return Callers.CHEN_JIE.token();
    }

    static String student() {
        return Callers.LIU_YANG.token();
    }

    /** Registers a partner institution with a unique name; returns its id. */
    static String institution(String name) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("zh", name + "（合作院校）", "en", name), "country", "SG",
                        "kind", "university", "city", "Singapore"))
                .post("/api/partners/institutions")
                .then().statusCode(201).extract().path("id");
    }

    public static String institution() {
        return institution("Nanyang Polytechnic " + unique());
    }

    /**
     * A complete draft of the Nanyang Polytechnic nursing scholarship scheme: both sides' signatories with dates,
     * an effective and an expiry date, so it can go all the way to active. {@code marker} goes into the titles.
     */
    public static Map<String, Object> draft(String marker, String partnerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "scholarship_scheme");
        body.put("title", Map.of("zh", "南洋理工学院护理专业奖学金项目 " + marker,
                "en", "Nanyang Polytechnic Nursing Scholarship Scheme " + marker));
        body.put("signingUnit", "nursing");
        body.put("partnerIds", List.of(partnerId));
        body.put("effectiveDate", "2025-09-01");
        body.put("expiryDate", "2030-08-31");
        body.put("noticePeriodDays", 180);
        body.put("signatories", List.of(
                Map.of("side", "ours", "name", "Zhang Wei", "title", "Vice-President", "signedOn", "2025-06-10"),
                Map.of("side", "partner", "institutionId", partnerId, "name", "Tan Mei Ling",
                        "title", "Principal", "signedOn", "2025-06-12")));
        body.put("obligations", List.of(
                Map.of("kind", "tuition_waiver", "party", "partner", "description", "Tuition waived for scholars"),
                Map.of("kind", "housing", "party", "partner")));
        body.put("conditions", new ArrayList<>(List.of(condition())));
        body.put("notes", "20th year of the scheme");
        return body;
    }

    /**
     * The same draft, signed for the medical college: the demo realm's one liaison, li.na of nursing, is a liaison of
     * another unit for it.
     */
    static Map<String, Object> otherUnitsDraft(String marker, String partnerId) {
        Map<String, Object> body = draft(marker, partnerId);
        body.put("signingUnit", "medicine");
        return body;
    }

    static Map<String, Object> condition() {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("direction", "outbound");
        condition.put("mobilityType", "student_study");
        condition.put("placesPerYear", 20);
        condition.put("monthsPerPerson", 30);
        condition.put("subjectAreas", List.of("0913"));
        condition.put("levels", List.of("bachelor"));
        condition.put("language", "en");
        condition.put("cefrLevel", "B2");
        condition.put("fromYear", "2025/26");
        condition.put("toYear", "2029/30");
        return condition;
    }

    static ExtractableResponse<Response> create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(AGREEMENTS)
                .then().extract();
    }

    /** Creates a draft as office staff; returns its id. */
    static String createDraft(Map<String, Object> body) {
        ExtractableResponse<Response> created = create(staff(), body);
        if (created.statusCode() != 201) {
            throw new AssertionError("Draft not created: " + created.statusCode() + " " + created.asString());
        }
        return created.path("id");
    }

    static ExtractableResponse<Response> read(String token, String id) {
        return given().auth().oauth2(token).get(AGREEMENTS + "/" + id).then().extract();
    }

    static String etag(String id) {
        return read(admin(), id).header("ETag");
    }

    static String state(String id) {
        return read(admin(), id).path("state");
    }

    static ExtractableResponse<Response> transition(String token, String id, String to, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post(AGREEMENTS + "/" + id + "/transitions").then().extract();
    }

    static void move(String token, String id, String to, String reason) {
        ExtractableResponse<Response> moved = transition(token, id, to, reason);
        if (moved.statusCode() != 200) {
            throw new AssertionError("Transition to " + to + " refused: " + moved.statusCode() + " " + moved.asString());
        }
    }

    /** Amends an agreement (as office staff): the same content as {@code body}, with other places per year. */
    @SuppressWarnings("unchecked")
    static void amendPlaces(String id, Map<String, Object> body, int places) {
        Map<String, Object> amended = new LinkedHashMap<>(body);
        Map<String, Object> condition = new LinkedHashMap<>(((List<Map<String, Object>>) body.get("conditions")).get(0));
        condition.put("placesPerYear", places);
        amended.put("conditions", List.of(condition));
        ExtractableResponse<Response> response = given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(amended).put(AGREEMENTS + "/" + id).then().extract();
        if (response.statusCode() != 200) {
            throw new AssertionError("Amendment refused: " + response.statusCode() + " " + response.asString());
        }
    }

    /** Drives a draft along the usual path up to this state: under_review, approved, signed, active or terminated. */
    static String advance(String id, String target) {
        List<String> path = List.of("under_review", "approved", "signed", "active");
        for (String step : path) {
            if (target.equals("terminated") && step.equals("active")) {
                break;
            }
            move(step.equals("under_review") ? staff() : admin(), id, step, null);
            if (step.equals(target)) {
                return id;
            }
        }
        if (target.equals("terminated")) {
            move(admin(), id, "terminated", "Partner closed the programme");
        }
        return id;
    }

    /** A new agreement with its own partner, in this state (one a person can reach). */
    static String agreementIn(String state) {
        return agreementIn(state, draft(unique(), institution()));
    }

    public static String agreementIn(String state, Map<String, Object> body) {
        String id = createDraft(body);
        return state.equals("draft") ? id : advance(id, state);
    }
}
