package edu.meridian.visits.delegation;

import edu.meridian.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static edu.meridian.visits.VisitsFixtures.nursingLiaison;
import static edu.meridian.visits.VisitsFixtures.staff;
import static edu.meridian.visits.VisitsFixtures.unique;
import static edu.meridian.visits.delegation.DelegationFixtures.PATH;
import static edu.meridian.visits.delegation.DelegationFixtures.addItem;
import static edu.meridian.visits.delegation.DelegationFixtures.body;
import static edu.meridian.visits.delegation.DelegationFixtures.created;
import static edu.meridian.visits.delegation.DelegationFixtures.item;
import static edu.meridian.visits.delegation.DelegationFixtures.move;
import static edu.meridian.visits.delegation.DelegationFixtures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Itinerary items: on the visit's days in local time, double bookings refused until confirmed, then kept with them. */
@QuarkusTest
class ItineraryResourceTest {

    @Test
    void anItemReadsInTheUniversitysLocalTimeOnTheDelegation() {
        LocalDate arrival = today().plusDays(130);
        String id = created(staff(), body("Itinerary " + unique(), "official_delegation", "nursing", arrival,
                arrival.plusDays(2)));
        String tag = unique();
        String itemId = addItem(staff(), id, item("meeting", "Welcome meeting " + tag, arrival, "09:30", "10:30",
                "Room 301 " + tag, "Vice President Li " + tag, "Ms Wang " + tag), false).response().then()
                .statusCode(201).header("ETag", equalTo("\"0\""))
                .body("startsAt", equalTo(arrival + "T09:30:00+08:00"))
                .body("startTime", equalTo("09:30:00"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("acknowledgedConflicts", hasSize(0))
                .extract().path("id");

        given().auth().oauth2(staff()).get(PATH + "/" + id).then().statusCode(200)
                .body("itinerary.id", contains(itemId)).body("itinerary[0].kind", equalTo("meeting"));
        given().auth().oauth2(Callers.CHEN_JIE.token()).queryParam("q", "welcome meeting " + tag)
                .get(PATH + "/" + id + "/itinerary").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].host", equalTo("Vice President Li " + tag));
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("action", contains("requested", "itinerary item added"));

        addItem(staff(), id, item("tour", "Campus tour " + tag, arrival.plusDays(3), "14:00", "13:00",
                "Campus", "Guide " + tag, "Interpreter " + tag), false).response().then().statusCode(400)
                .body("errors.field", contains("endTime", "date"));
    }

    @Test
    void aDoubleBookedHostOrVenueIsRefusedWithTheConflictsUntilConfirmed() {
        LocalDate day = today().plusDays(140);
        String tag = unique();
        String first = created(staff(), body("First " + tag, "official_delegation", "nursing", day, day.plusDays(1)));
        String second = created(nursingLiaison(), body("Second " + tag, "partner_visit", null, day, day));
        String held = addItem(staff(), first, item("banquet", "Welcome banquet", day, "18:00", "20:00",
                "Room 301 " + tag, "Dean Zhou " + tag, "Mr Qian " + tag), false).path("id");

        String clash = item("meeting", "Partner meeting " + tag, day, "19:30", "21:00", "ｒｏｏｍ  301 " + tag,
                "Dean Zhou " + tag, "Ms Sun " + tag);
        addItem(nursingLiaison(), second, clash, false).response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:double-booking"))
                .body("conflicts.resource", contains("host", "venue"))
                .body("conflicts[0].otherItem", equalTo(held))
                .body("conflicts[0].otherDelegation", equalTo(first))
                .body("conflicts[0].from", equalTo(day.atTime(19, 30).atZone(DelegationFixtures.UNIVERSITY)
                        .toInstant().toString()));
        given().auth().oauth2(staff()).get(PATH + "/" + second + "/itinerary").then().body("total", equalTo(0));

        String kept = addItem(nursingLiaison(), second, clash, true).response().then().statusCode(201)
                .body("acknowledgedConflicts.resource", contains("host", "venue"))
                .body("acknowledgedBy", equalTo("li.na")).extract().path("id");

        // Moved to a free hour it clashes no more, and what was acknowledged is cleared.
        given().auth().oauth2(nursingLiaison()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(clash.replace("19:30", "20:00").replace("21:00", "21:30"))
                .put(PATH + "/" + second + "/itinerary/" + kept).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("acknowledgedConflicts", hasSize(0)).body("acknowledgedBy", nullValue());

        // A cancelled delegation holds nothing any more.
        move(staff(), first, "cancelled", "Postponed", null).response().then().statusCode(200);
        addItem(nursingLiaison(), second, clash.replace("Partner meeting", "Second meeting").replace("19:30", "18:00")
                .replace("21:00", "19:00"), false).response().then()
                .statusCode(201);
    }

    @Test
    void itemsChangeWithTheirETagAndOnlyWhileTheVisitIsOn() {
        LocalDate day = today().plusDays(150);
        String tag = unique();
        String id = created(staff(), body("Changes " + tag, "lecture", "nursing", day, day));
        String item = item("lecture", "Guest lecture " + tag, day, "10:00", "11:30", "Hall " + tag, "Prof " + tag,
                "Interp " + tag);
        String itemId = addItem(staff(), id, item, false).path("id");
        String itemPath = PATH + "/" + id + "/itinerary/" + itemId;
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(item).put(itemPath).then().statusCode(428);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(item)
                .put(itemPath).then().statusCode(412);
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/itinerary/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(itemPath).then().statusCode(403);
        given().auth().oauth2(staff()).header("If-Match", "\"0\"").delete(itemPath).then().statusCode(204);
        given().auth().oauth2(staff()).get(itemPath).then().statusCode(404);

        move(staff(), id, "cancelled", "Lecturer unavailable", null).response().then().statusCode(200);
        addItem(staff(), id, item, false).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:itinerary-closed"));
    }
}
