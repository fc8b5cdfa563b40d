package edu.meridian.visits;

import edu.meridian.testing.ResponseFields;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * What each role reads of a delegation (least data per role, OWASP API3; issue 10), field by field, for every role
 * the authorisation matrix lets read: the office, leadership and the host unit's liaison read the people, the
 * programme, the money and the gifts; a campus system reads the facts (dates, category, unit, counts, countries) and
 * not who changed what; a liaison of another unit does not see the delegation at all.
 */
@QuarkusTest
class LeastDataTest {

    private static final List<String> CAMPUS = List.of(Roles.CAMPUS_SYSTEM);
    /** What only the people who work with a visit read. */
    private static final String[] WORKING_FIELDS = {"purpose", "guests", "itinerary", "hospitalityBudget", "gifts",
            "createdBy", "updatedBy"};
    /** The facts everyone who may read delegations reads. */
    private static final String[] FACTS = {"title", "category", "hostUnit", "arrival", "departure", "guestCount",
            "guestCountries", "state"};

    @TestFactory
    Stream<DynamicTest> eachRoleReadsWhatItWorksWith() {
        String tag = VisitsFixtures.unique();
        String nursing = delegation(tag, "nursing");
        String medicine = delegation(tag, "medicine");

        return AuthorizationMatrixTest.matrix().reads(
                ResponseFields.of("GET /api/visits/delegations/{id}", Map.of("id", nursing))
                        .notFor(CAMPUS, WORKING_FIELDS).notFor(List.of(), FACTS),
                ResponseFields.of("GET /api/visits/delegations/{id}", Map.of("id", medicine))
                        .notFor(CAMPUS, WORKING_FIELDS).hiddenFrom(List.of(Roles.COLLEGE_LIAISON)),
                ResponseFields.of("GET /api/visits/delegations", Map.of()).query("q", tag).query("hostUnit", "nursing")
                        .notFor(CAMPUS, WORKING_FIELDS).notFor(List.of(), FACTS),
                ResponseFields.of("GET /api/visits/delegations", Map.of()).query("q", tag).query("hostUnit", "medicine")
                        .notFor(CAMPUS, WORKING_FIELDS).hiddenFrom(List.of(Roles.COLLEGE_LIAISON)),
                ResponseFields.of("GET /api/visits/delegations/{id}/versions/{version}", Map.of("id", medicine, "version", "1"))
                        .notFor(List.of(), "snapshot.purpose", "snapshot.guests")
                        .hiddenFrom(List.of(Roles.COLLEGE_LIAISON)))
                .fieldTests();
    }

    /** A delegation hosted by the unit, with guests, a budget, a gift and an item on its itinerary. */
    private static String delegation(String tag, String unit) {
        LocalDate arrival = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(200);
        String id = given().auth().oauth2(VisitsFixtures.staff()).contentType(ContentType.JSON).body("""
                {"title": {"zh": "最少数据代表团 %1$s", "en": "Least data delegation %1$s %2$s"},
                 "category": "official_delegation", "hostUnit": "%2$s", "arrival": "%3$s", "departure": "%4$s",
                 "purpose": "Exchange", "guests": [{"name": "Guest %1$s", "title": "Professor",
                 "institutionName": "Indiana Wesleyan University", "nationality": "US"}],
                 "hospitalityBudget": {"amount": 5000, "currency": "CNY"},
                 "gifts": [{"description": "Tea", "direction": "given"}]}"""
                        .formatted(tag, unit, arrival, arrival.plusDays(2)))
                .post("/api/visits/delegations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(VisitsFixtures.staff()).contentType(ContentType.JSON).body("""
                {"kind": "meeting", "title": "Least data meeting %1$s", "date": "%2$s", "startTime": "09:00",
                 "endTime": "10:00", "venue": "Least data room %1$s %3$s", "host": "Least data host %1$s %3$s",
                 "interpreter": "Least data interpreter %1$s %3$s"}""".formatted(tag, arrival, unit))
                .post("/api/visits/delegations/" + id + "/itinerary").then().statusCode(201);
        return id;
    }
}
