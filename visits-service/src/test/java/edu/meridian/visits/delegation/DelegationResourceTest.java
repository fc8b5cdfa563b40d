package edu.meridian.visits.delegation;

import edu.meridian.testing.Callers;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static edu.meridian.visits.VisitsFixtures.admin;
import static edu.meridian.visits.VisitsFixtures.nursingLiaison;
import static edu.meridian.visits.VisitsFixtures.staff;
import static edu.meridian.visits.VisitsFixtures.unique;
import static edu.meridian.visits.delegation.DelegationFixtures.PATH;
import static edu.meridian.visits.delegation.DelegationFixtures.UNIVERSITY;
import static edu.meridian.visits.delegation.DelegationFixtures.body;
import static edu.meridian.visits.delegation.DelegationFixtures.created;
import static edu.meridian.visits.delegation.DelegationFixtures.etag;
import static edu.meridian.visits.delegation.DelegationFixtures.move;
import static edu.meridian.visits.delegation.DelegationFixtures.post;
import static edu.meridian.visits.delegation.DelegationFixtures.today;
import static edu.meridian.visits.delegation.DelegationFixtures.withOverride;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Delegations over HTTP: content, the 90-day rule, who runs which, lifecycle with its clock, report queue, history. */
@QuarkusTest
class DelegationResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOfficialDelegationRequestedInTimeReadsBackWithItsGuestsAndCountries() {
        String title = "Sasebo City Government " + unique();
        LocalDate arrival = today().plusDays(120);
        String id = created(staff(), body(title, "official_delegation", "international-office", arrival,
                arrival.plusDays(3)));

        given().auth().oauth2(staff()).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("requested"))
                .body("allowedTransitions", contains("approved", "rejected", "cancelled"))
                .body("category", equalTo("official_delegation"))
                .body("hostUnit", equalTo("international-office"))
                .body("arrival", equalTo(arrival.toString()))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("requestedOn", equalTo(today().toString()))
                .body("guests.name", contains("Tanaka Hiroshi", "Sato Yuki"))
                .body("guestCount", equalTo(2))
                .body("guestCountries", contains("JP"))
                .body("hospitalityBudget.currency", equalTo("CNY"))
                .body("gifts[0].direction", equalTo("given"))
                .body("noticeOverrideReason", nullValue())
                .body("createdBy", equalTo("wang.fang"));
        given().auth().oauth2(staff()).queryParam("q", title).get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void anOfficialDelegationAtShortNoticeIsRefusedUnlessAnOfficeAdminGivesAReason() {
        String title = "Short notice delegation " + unique();
        LocalDate arrival = today().plusDays(30);
        String late = body(title, "official_delegation", "nursing", arrival, arrival.plusDays(2));

        post(staff(), late).response().then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:short-notice"))
                .body("daysAhead", equalTo(30))
                .body("requiredDays", equalTo(90))
                .body("earliestArrival", equalTo(today().plusDays(90).toString()));
        post(staff(), withOverride(late, "The mayor's only free week")).response().then().statusCode(403);
        given().auth().oauth2(staff()).queryParam("q", title).get(PATH).then().body("total", equalTo(0));

        String id = created(admin(), withOverride(late, "The mayor's only free week"));
        given().auth().oauth2(staff()).get(PATH + "/" + id).then().statusCode(200)
                .body("noticeOverrideReason", equalTo("The mayor's only free week"))
                .body("noticeOverriddenBy", equalTo("zhang.wei"));
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("[0].reason", equalTo("The mayor's only free week"));

        // Other visits need no notice; an official one stays accepted when the office edits it.
        created(staff(), body("Academic visit " + unique(), "academic_visit", "nursing", today().plusDays(5),
                today().plusDays(6)));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body(body(title, "official_delegation", "nursing", arrival.plusDays(1), arrival.plusDays(2)))
                .put(PATH + "/" + id).then().statusCode(200).body("arrival", equalTo(arrival.plusDays(1).toString()));
    }

    @Test
    void aCollegeLiaisonRequestsForTheirUnitOnlyAndOtherUnitsDoNotSeeIt() {
        String title = "Nursing partner visit " + unique();
        LocalDate arrival = today().plusDays(20);
        String id = created(nursingLiaison(), body(title, "partner_visit", null, arrival, arrival.plusDays(1)));
        given().auth().oauth2(nursingLiaison()).get(PATH + "/" + id).then().statusCode(200)
                .body("hostUnit", equalTo("nursing"))
                .body("allowedTransitions", contains("cancelled"));
        post(nursingLiaison(), body("Elsewhere " + unique(), "partner_visit", "clinical-medicine", arrival,
                arrival.plusDays(1))).response().then().statusCode(403);
        move(staff(), id, "approved", null, null).response().then().statusCode(200);
        given().auth().oauth2(nursingLiaison()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body("{\"to\": \"rejected\", \"reason\": \"x\"}").post(PATH + "/" + id + "/transitions")
                .then().statusCode(409);

        String otherLiaison = Tokens.user("liaison." + unique()).roles("college-liaison").unit("clinical-medicine")
                .name("Other Liaison").sign();
        given().auth().oauth2(otherLiaison).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(otherLiaison).get(PATH + "/" + id + "/versions").then().statusCode(404);
        given().auth().oauth2(otherLiaison).queryParam("q", title).get(PATH).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(otherLiaison).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"to\": \"cancelled\", \"reason\": \"x\"}").post(PATH + "/" + id + "/transitions")
                .then().statusCode(404);

        given().auth().oauth2(Callers.CHEN_JIE.token()).get(PATH + "/" + id).then().statusCode(200)
                .body("guests.name", hasItem("Tanaka Hiroshi")).body("allowedTransitions.size()", equalTo(0));
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(PATH + "/" + id).then().statusCode(200)
                .body("guestCount", equalTo(2)).body("guestCountries", contains("JP"))
                .body("hostUnit", equalTo("nursing"))
                .body("$", not(org.hamcrest.Matchers.hasKey("guests")))
                .body("$", not(org.hamcrest.Matchers.hasKey("purpose")))
                .body("$", not(org.hamcrest.Matchers.hasKey("itinerary")))
                .body("$", not(org.hamcrest.Matchers.hasKey("hospitalityBudget")))
                .body("$", not(org.hamcrest.Matchers.hasKey("gifts")))
                .body("$", not(org.hamcrest.Matchers.hasKey("createdBy")));
    }

    @Test
    void aLiaisonApprovingIsForbiddenAndTheOfficeApproves() {
        String id = created(nursingLiaison(), body("Approval " + unique(), "academic_visit", null,
                today().plusDays(10), today().plusDays(11)));
        given().auth().oauth2(nursingLiaison()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"approved\"}").post(PATH + "/" + id + "/transitions").then().statusCode(403);
        move(staff(), id, "approved", null, null).response().then().statusCode(200).body("state", equalTo("approved"));
        move(nursingLiaison(), id, "scheduled", null, null).response().then().statusCode(200)
                .body("state", equalTo("scheduled"));
    }

    @Test
    void aVisitRunsOnItsDaysAndItsReportIsQueuedUntilGiven() {
        LocalDate arrival = today().plusDays(100);
        LocalDate departure = arrival.plusDays(2);
        String id = created(staff(), body("Lifecycle " + unique(), "official_delegation", "nursing", arrival, departure));
        move(staff(), id, "approved", null, null).response().then().statusCode(200);
        move(staff(), id, "scheduled", null, null).response().then().statusCode(200);
        move(staff(), id, "ongoing", null, null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("allowedTransitions", contains("cancelled"));

        clock.set(arrival.atTime(9, 0).atZone(UNIVERSITY).toInstant());
        move(staff(), id, "ongoing", null, null).response().then().statusCode(200);
        move(staff(), id, "cancelled", "Too late", null).response().then().statusCode(409);
        clock.set(departure.atTime(18, 0).atZone(UNIVERSITY).toInstant());
        move(staff(), id, "completed", null, null).response().then().statusCode(200)
                .body("reportDue", equalTo(departure.plusDays(15).toString()));

        clock.set(departure.plusDays(10).atTime(9, 0).atZone(UNIVERSITY).toInstant());
        given().auth().oauth2(staff()).queryParam("size", 200).get(PATH + "/reports-due").then().statusCode(200)
                .body("items.find { it.delegationId == '" + id + "' }.status", equalTo("open"))
                .body("items.find { it.delegationId == '" + id + "' }.daysLeft", equalTo(5))
                .body("items.find { it.delegationId == '" + id + "' }.dueSoon", equalTo(true));
        given().auth().oauth2(staff()).queryParam("overdue", true).queryParam("size", 200).get(PATH + "/reports-due")
                .then().statusCode(200).body("items.delegationId", not(hasItem(id)));
        clock.set(departure.plusDays(16).atTime(9, 0).atZone(UNIVERSITY).toInstant());
        given().auth().oauth2(nursingLiaison()).queryParam("overdue", true).queryParam("size", 200)
                .get(PATH + "/reports-due").then().statusCode(200)
                .body("items.find { it.delegationId == '" + id + "' }.status", equalTo("overdue"))
                .body("items.find { it.delegationId == '" + id + "' }.daysLeft", equalTo(-1));

        move(staff(), id, "reported", null, null).response().then().statusCode(400)
                .body("errors[0].field", equalTo("report")).body("errors[0].code", equalTo("required"));
        move(staff(), id, "reported", null, "Two agreements discussed; a nursing summer school planned").response()
                .then().statusCode(200).body("state", equalTo("reported"))
                .body("report", equalTo("Two agreements discussed; a nursing summer school planned"))
                .body("reportedOn", equalTo(departure.plusDays(16).toString()))
                .body("allowedTransitions.size()", equalTo(0));
        given().auth().oauth2(staff()).queryParam("size", 200).get(PATH + "/reports-due").then()
                .body("items.delegationId", not(hasItem(id)));
    }

    @Test
    void changesNeedTheCurrentETagAndCancellingAReason() {
        String body = body("Etag " + unique(), "lecture", "nursing", today().plusDays(40), today().plusDays(40));
        String id = created(staff(), body);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body).put(PATH + "/" + id)
                .then().statusCode(428);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .put(PATH + "/" + id).then().statusCode(412);
        move(staff(), id, "cancelled", null, null).response().then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        move(staff(), id, "approved", null, "A report too early").response().then().statusCode(400)
                .body("errors[0].field", equalTo("report"));
        move(staff(), id, "cancelled", "The lecturer fell ill", null).response().then().statusCode(200)
                .body("state", equalTo("cancelled"));
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("action", contains("requested", "state cancelled"))
                .body("[1].reason", equalTo("The lecturer fell ill"));
        given().auth().oauth2(staff()).queryParam("from", 1).queryParam("to", 2)
                .get(PATH + "/" + id + "/versions/compare").then().statusCode(200)
                .body("changes.field", hasItem("state"));
    }

    @Test
    void contradictoryContentIsRefusedAndNothingIsCreated() {
        String title = "Contradictory " + unique();
        String twoGuests = body(title, "academic_visit", "nursing", today().plusDays(10), today().plusDays(8));
        int secondNationality = twoGuests.lastIndexOf("\"JP\"");
        String body = twoGuests.substring(0, secondNationality) + "\"XX\"" + twoGuests.substring(secondNationality + 4);
        post(staff(), body).response().then().statusCode(400)
                .body("errors.field", contains("departure", "guests[1].nationality"))
                .body("errors.code", contains("not-before", "unknown-country"));
        post(staff(), body(title, "academic_visit", null, today().plusDays(10), today().plusDays(10)))
                .response().then().statusCode(400).body("errors[0].field", equalTo("hostUnit"));
        given().auth().oauth2(staff()).queryParam("q", title).get(PATH).then().body("total", equalTo(0));
        post(staff(), body(title, "state_visit", "nursing", today(), today())).response().then().statusCode(400)
                .body("errors", notNullValue());
    }
}
