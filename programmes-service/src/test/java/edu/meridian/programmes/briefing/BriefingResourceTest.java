package edu.meridian.programmes.briefing;

import edu.meridian.programmes.ProgrammesFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.briefing.BriefingFixtures.UNIVERSITY;
import static edu.meridian.programmes.briefing.BriefingFixtures.create;
import static edu.meridian.programmes.briefing.BriefingFixtures.etag;
import static edu.meridian.programmes.briefing.BriefingFixtures.move;
import static edu.meridian.programmes.briefing.BriefingFixtures.onCampus;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Briefings over HTTP: content, time zone, presenting partners from the projection, lifecycle, history. */
@QuarkusTest
class BriefingResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBriefingOnCampusReadsInTheUniversitysLocalTimeWithItsPresentingPartners() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner ntu = Partners.publish(kafka, "NTU " + unique(), "active", 2);
        String title = "Overseas exchange briefing " + unique();
        String id = create(onCampus(title, LocalDate.of(2024, 3, 2), 300, nus.institutionId(), ntu.institutionId()))
                .path("id");

        given().auth().oauth2(staff()).get("/api/programmes/briefings/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("planned"))
                .body("allowedTransitions", contains("registration_open", "cancelled"))
                .body("campus", equalTo("jinyun"))
                .body("campusName.zh", equalTo("缙云校区"))
                .body("date", equalTo("2024-03-02"))
                .body("startTime", equalTo("14:30:00"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("startsAt", equalTo("2024-03-02T14:30:00+08:00"))
                .body("endsAt", equalTo("2024-03-02T16:30:00+08:00"))
                .body("placesTaken", equalTo(0))
                .body("placesLeft", equalTo(300))
                .body("presentingPartners.name.en", contains(nus.nameEn(), ntu.nameEn()))
                .body("presentingPartners[0].country", equalTo("SG"));

        given().auth().oauth2(ProgrammesFixtures.student()).get("/api/programmes/briefings/" + id).then().statusCode(404);
        given().auth().oauth2(ProgrammesFixtures.student()).queryParam("q", title).get("/api/programmes/briefings")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(staff()).queryParam("partner", ntu.institutionId()).queryParam("size", 100)
                .get("/api/programmes/briefings").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void contentThatContradictsItselfOrNamesUnknownRecordsIsRefusedAndNothingIsCreated() {
        String title = "Refused " + unique();
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"title": {"zh": "线上", "en": "%s"}, "format": "online", "campus": "jinyun",
                         "date": "2026-04-01", "startTime": "10:00", "endTime": "09:00", "capacity": 50,
                         "presentingPartners": ["%s"], "schemeIds": ["%s"], "callIds": ["%s"]}"""
                        .formatted(title, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()))
                .post("/api/programmes/briefings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("link", "campus", "endTime", "presentingPartners[0]",
                        "schemeIds[0]", "callIds[0]"))
                .body("errors.find { it.field == 'presentingPartners[0]' }.code", equalTo("unknown-reference"))
                .body("errors.find { it.field == 'endTime' }.code", equalTo("not-before"));
        given().auth().oauth2(staff()).queryParam("q", title).get("/api/programmes/briefings")
                .then().body("total", equalTo(0));

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"title": {"zh": "线上", "en": "%s"}, "format": "online", "link": "https://meeting.example.edu/b/1",
                         "date": "2026-04-01", "startTime": "10:00", "endTime": "11:00", "capacity": 500}"""
                        .formatted(title))
                .post("/api/programmes/briefings")
                .then().statusCode(201).body("format", equalTo("online")).body("link", containsString("meeting"));
    }

    @Test
    void aBriefingMovesWithIfMatchAlongItsLifecycleIsHeldOnlyOnceStartedAndKeepsItsHistory() {
        LocalDate tomorrow = LocalDate.now(UNIVERSITY).plusDays(1);
        String id = create(onCampus("Lifecycle " + unique(), tomorrow, 100)).path("id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"to\": \"registration_open\"}")
                .post("/api/programmes/briefings/" + id + "/transitions").then().statusCode(428);
        move(id, "\"5\"", "registration_open", null).response().then().statusCode(412);
        move(id, etag(id), "held", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"));
        move(id, etag(id), "registration_open", null).response().then().statusCode(200)
                .body("state", equalTo("registration_open"))
                .body("allowedTransitions", contains("cancelled"));
        move(id, etag(id), "held", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:briefing-not-started"));

        clock.set(tomorrow.atTime(14, 45).atZone(UNIVERSITY).toInstant());
        given().auth().oauth2(staff()).get("/api/programmes/briefings/" + id).then()
                .body("allowedTransitions", contains("held", "cancelled"));
        move(id, etag(id), "held", null).response().then().statusCode(200).body("state", equalTo("held"))
                .body("allowedTransitions", equalTo(java.util.List.of()));

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(onCampus("Changed " + unique(), tomorrow, 100)).put("/api/programmes/briefings/" + id)
                .then().statusCode(409).body("type", equalTo("urn:meridian:problem:briefing-not-editable"));
        given().auth().oauth2(staff()).get("/api/programmes/briefings/" + id + "/versions").then().statusCode(200)
                .body("action", contains("created", "state registration_open", "state held"));
    }

    @Test
    void cancellingNeedsAReasonAndAnUpdateKeepsAVersion() {
        LocalDate later = LocalDate.now(UNIVERSITY).plusDays(30);
        String id = create(onCampus("Cancel me " + unique(), later, 100)).path("id");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(onCampus("Renamed " + unique(), later, 120).replace("\"jinyun\"", "\"yuanjiagang\""))
                .put("/api/programmes/briefings/" + id)
                .then().statusCode(200).body("campus", equalTo("yuanjiagang")).body("capacity", equalTo(120));

        move(id, etag(id), "cancelled", null).response().then().statusCode(400).body("errors[0].field", equalTo("reason"));
        move(id, etag(id), "cancelled", "The partners could not travel").response().then().statusCode(200)
                .body("state", equalTo("cancelled"));
        given().auth().oauth2(staff()).get("/api/programmes/briefings/" + id + "/versions").then()
                .body("action", contains("created", "updated", "state cancelled"))
                .body("[1].changedFields", hasItem("campus"))
                .body("[2].reason", equalTo("The partners could not travel"));
        given().auth().oauth2(ProgrammesFixtures.student()).queryParam("state", "cancelled").queryParam("size", 100)
                .get("/api/programmes/briefings").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.allowedTransitions.flatten()", not(hasItem("held")));
    }
}
