package edu.meridian.visits;

import edu.meridian.testing.Callers;
import edu.meridian.testing.HostileValues;
import edu.meridian.testing.MalformedBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * No input, however malformed, yields a 5xx: every JSON operation of the live OpenAPI document gets broken bodies as
 * an office admin and as a college liaison and must answer 4xx problem+json; then every operation gets well-formed
 * requests with hostile values against an existing delegation and itinerary item, so that the business code runs.
 */
@QuarkusTest
class MalformedInputTest {

    /** Bodies naming the fields of delegations, transitions and itinerary items. */
    private static final String[] BODIES = {
            "{\"title\": 7, \"category\": [], \"guests\": \"x\", \"hospitalityBudget\": {\"amount\": 1e309}}",
            "{\"title\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}",
            "{\"arrival\": \"2026-02-30\", \"departure\": \"yesterday\", \"category\": \"state_visit\"}",
            "{\"guests\": [null, 7, {\"nationality\": 1, \"partnerInstitutionId\": \"not-an-id\"}]}",
            "{\"gifts\": [{\"direction\": \"sideways\", \"value\": {\"amount\": -1e400, \"currency\": 3}}]}",
            "{\"to\": \"" + "\\u0000".repeat(10) + "\", \"report\": []}",
            "{\"kind\": \"picnic\", \"date\": \"2024-13-01\", \"startTime\": \"25:61\", \"endTime\": 1430}",
            "{\"noticeOverrideReason\": {\"why\": 1}, \"hostUnit\": \"../etc\"}"};

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.ZHANG_WEI).also(BODIES).requests(VisitsFixtures.requests()).tests();
    }

    @TestFactory
    Stream<DynamicTest> aCollegeLiaisonGetsAProblemForBrokenBodiesToo() {
        return MalformedBodies.as(Callers.LI_NA).also(BODIES).requests(VisitsFixtures.requests()).tests();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileValuesForExistingRecordsWithoutA5xx() {
        String tag = VisitsFixtures.unique();
        LocalDate arrival = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(200);
        String delegationBody = """
                {"title": {"zh": "敌意值代表团 %1$s", "en": "Hostile values delegation %1$s"},
                 "category": "official_delegation", "hostUnit": "nursing", "arrival": "%2$s", "departure": "%3$s",
                 "purpose": "Exchange", "guests": [{"name": "Guest %1$s", "title": "Professor",
                 "institutionName": "Indiana Wesleyan University", "nationality": "US"}],
                 "hospitalityBudget": {"amount": 5000, "currency": "CNY"},
                 "gifts": [{"description": "Tea", "direction": "given"}]}""".formatted(tag, arrival, arrival.plusDays(2));
        String delegation = created("/api/visits/delegations", delegationBody);
        String itemBody = """
                {"kind": "meeting", "title": "Hostile meeting %1$s", "date": "%2$s", "startTime": "09:00",
                 "endTime": "10:00", "venue": "Hostile room %1$s", "host": "Hostile host %1$s",
                 "interpreter": "Hostile interpreter %1$s"}""".formatted(tag, arrival);
        String item = created("/api/visits/delegations/" + delegation + "/itinerary", itemBody);

        return HostileValues.as(Callers.ZHANG_WEI)
                .record("/api/visits/delegations/{id}", delegation)
                .record("/api/visits/delegations/{delegationId}", delegation)
                .record("/api/visits/delegations/{delegationId}/itinerary/{id}", item)
                .body("POST /api/visits/delegations", delegationBody.replace("delegation " + tag, "delegation " + tag + " new"))
                .body("PUT /api/visits/delegations/{id}", delegationBody)
                .body("PUT /api/visits/delegations/{delegationId}/itinerary/{id}", itemBody)
                .tests();
    }

    private static String created(String path, String body) {
        return given().auth().oauth2(VisitsFixtures.staff()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
