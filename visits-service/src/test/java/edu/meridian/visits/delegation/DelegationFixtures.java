package edu.meridian.visits.delegation;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;

/** Delegations and itinerary items made and moved through the API. */
final class DelegationFixtures {

    static final ZoneId UNIVERSITY = ZoneId.of("Asia/Shanghai");
    static final String PATH = "/api/visits/delegations";

    private DelegationFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(UNIVERSITY);
    }

    /** A delegation of two Japanese guests of the Sasebo City Government, hosted by {@code hostUnit} (null: none). */
    static String body(String titleEn, String category, String hostUnit, LocalDate arrival, LocalDate departure) {
        String unit = hostUnit == null ? "" : "\"hostUnit\": \"" + hostUnit + "\", ";
        return """
                {"title": {"zh": "%1$s 代表团", "en": "%1$s"}, "category": "%2$s", %3$s
                 "arrival": "%4$s", "departure": "%5$s", "purpose": "Friendship city exchange on nursing education",
                 "guests": [{"name": "Tanaka Hiroshi", "title": "Deputy Mayor", "institutionName": "Sasebo City Government",
                             "nationality": "JP"},
                            {"name": "Sato Yuki", "title": "Director", "institutionName": "Sasebo City Government",
                             "nationality": "JP"}],
                 "hospitalityBudget": {"amount": 12000.00, "currency": "CNY"},
                 "gifts": [{"description": "Celadon vase", "direction": "given", "value": {"amount": 800, "currency": "CNY"}}]}"""
                .formatted(titleEn, category, unit, arrival, departure);
    }

    static String withOverride(String body, String reason) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"noticeOverrideReason\": \"" + reason + "\"}";
    }

    static ExtractableResponse<Response> post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then().extract();
    }

    static String created(String token, String body) {
        ExtractableResponse<Response> response = post(token, body);
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.asString());
        }
        return response.path("id");
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ExtractableResponse<Response> move(String token, String id, String to, String reason, String report) {
        StringBuilder body = new StringBuilder("{\"to\": \"" + to + "\"");
        if (reason != null) {
            body.append(", \"reason\": \"").append(reason).append('"');
        }
        if (report != null) {
            body.append(", \"report\": \"").append(report).append('"');
        }
        body.append('}');
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id))
                .body(body.toString()).post(PATH + "/" + id + "/transitions").then().extract();
    }

    static String item(String kind, String title, LocalDate date, String start, String end, String venue, String host,
            String interpreter) {
        return """
                {"kind": "%s", "title": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "venue": "%s",
                 "host": "%s", "interpreter": "%s"}""".formatted(kind, title, date, start, end, venue, host, interpreter);
    }

    static ExtractableResponse<Response> addItem(String token, String delegationId, String body, boolean confirm) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (confirm) {
            request = request.queryParam("confirm", true);
        }
        return request.post(PATH + "/" + delegationId + "/itinerary").then().extract();
    }
}
