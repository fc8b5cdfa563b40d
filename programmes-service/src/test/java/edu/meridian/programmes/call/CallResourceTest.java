package edu.meridian.programmes.call;

import edu.meridian.programmes.ProgrammesFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.create;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static edu.meridian.programmes.call.CallFixtures.move;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Calls over HTTP, on partners the projection learnt from partners' events. One case per rule; the rules' cases are in CallRulesTest. */
@QuarkusTest
class CallResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void placesAboveWhatTheAgreementOffersNeedTheOfficesReasonAndTheCallShowsBoth() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner ubc = Partners.publish(kafka, "UBC " + unique(), "expiring", 2);
        String scheme = CallFixtures.scheme("Chun Miao " + unique(), nus, ubc);

        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(CallFixtures.call(scheme, "Too many", destination(nus, 4, null) + ", " + destination(ubc, 3, null)))
                .post("/api/programmes/calls")
                .then().statusCode(400)
                .body("errors.field", contains("destinations[1].places"))
                .body("errors[0].message", containsString("more than the 2 places"));

        String body = CallFixtures.call(scheme, "Chun Miao 2026", destination(nus, 4, null) + ", "
                + destination(ubc, 3, "UBC confirmed a third place for 2026/27"));
        var created = create(body);
        String id = created.path("id");
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("draft"))
                .body("allowedTransitions", contains("open"))
                .body("destinations[0].name.en", equalTo(nus.nameEn()))
                .body("destinations[0].agreementId", equalTo(nus.agreementId().toString()))
                .body("destinations[0].placesOffered", equalTo(4))
                .body("destinations[1].places", equalTo(3))
                .body("destinations[1].placesOffered", equalTo(2))
                .body("destinations[1].agreementState", equalTo("expiring"))
                .body("destinations[1].overrideReason", equalTo("UBC confirmed a third place for 2026/27"))
                .body("criteria.weight", contains(60, 40))
                .body("eligibility.languageTests.test", contains("IELTS", "TOEFL"))
                .body("budget.currency", equalTo("CNY"));
    }

    @Test
    void aCallOpensWithIfMatchOnlyForAgreementsInForceAndMovesOnlyAlongItsLifecycle() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner signed = Partners.publish(kafka, "Signed only " + unique(), "signed", 4);
        String scheme = CallFixtures.scheme("Exchange " + unique(), nus, signed);
        String id = create(CallFixtures.call(scheme, "Open me " + unique(), destination(nus, 2, null))).path("id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"to\": \"open\"}")
                .post("/api/programmes/calls/" + id + "/transitions").then().statusCode(428);
        move(id, "\"7\"", "open").response().then().statusCode(412);
        move(id, etag(id), "closed").response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("allowedTransitions", contains("open"));
        move(id, etag(id), "open").response().then().statusCode(200)
                .body("state", equalTo("open")).body("allowedTransitions", contains("closed"));

        String blocked = create(CallFixtures.call(scheme, "Blocked " + unique(), destination(signed, 2, null))).path("id");
        move(blocked, etag(blocked), "open").response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:call-cannot-open"))
                .body("errors[0].field", equalTo("destinations[0]"))
                .body("errors[0].message", containsString("its agreement is signed"));
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + blocked).then().body("state", equalTo("draft"));

        for (String to : List.of("closed", "in_selection", "results_published", "archived")) {
            if (to.equals("results_published")) {
                CallFixtures.allocate(id);
            }
            move(id, etag(id), to).response().then().statusCode(200).body("state", equalTo(to));
        }
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + id + "/versions").then().statusCode(200)
                .body("action", contains("created", "state open", "state closed", "state in_selection",
                        "state results_published", "state archived"));
    }

    @Test
    void whenAnAgreementEndsTheOpenCallsForItAreFlagged() {
        Partner ubc = Partners.publish(kafka, "UBC " + unique(), "expiring", 2);
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Flags " + unique(), ubc, nus);
        String open = create(CallFixtures.call(scheme, "Open " + unique(), destination(ubc, 2, null))).path("id");
        move(open, etag(open), "open").response().then().statusCode(200);
        String other = create(CallFixtures.call(scheme, "Other " + unique(), destination(nus, 2, null))).path("id");
        move(other, etag(other), "open").response().then().statusCode(200);

        Partners.agreementBecomes(kafka, ubc, "expired", 9);

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(staff())
                .get("/api/programmes/calls/" + open).then().extract().jsonPath().getList("flags").size() == 1);
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + open).then()
                .body("flags[0].agreementId", equalTo(ubc.agreementId().toString()))
                .body("flags[0].agreementState", equalTo("expired"))
                .body("destinations[0].agreementState", equalTo("expired"))
                .header("ETag", equalTo("\"2\""));
        given().auth().oauth2(staff()).queryParam("flagged", true).queryParam("size", 100).get("/api/programmes/calls")
                .then().statusCode(200).body("items.id", hasItem(open)).body("items.id", not(hasItem(other)));
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + open + "/versions").then()
                .body("action", hasItem("flagged")).body("changedBy", hasItem("programmes-service"));
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + other).then().body("flags", empty());
    }

    @Test
    void applicantsSeeNoDraftsAndNothingOfTheOfficesSide() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Students " + unique(), nus);
        String draft = create(CallFixtures.call(scheme, "Draft " + unique(), destination(nus, 1, null))).path("id");
        String open = create(CallFixtures.call(scheme, "Published " + unique(), destination(nus, 1, null))).path("id");
        move(open, etag(open), "open").response().then().statusCode(200);

        given().auth().oauth2(ProgrammesFixtures.student()).get("/api/programmes/calls/" + draft).then().statusCode(404);
        given().auth().oauth2(ProgrammesFixtures.student()).queryParam("schemeId", scheme).get("/api/programmes/calls")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(open));
        given().auth().oauth2(ProgrammesFixtures.student()).get("/api/programmes/calls/" + open).then().statusCode(200)
                .body("allowedTransitions", empty())
                .body("reviewers", nullValue()).body("budget", nullValue()).body("flags", nullValue())
                .body("criteria.code", contains("gpa", "interview"));
        given().auth().oauth2(Callers.ZHANG_WEI.token()).queryParam("schemeId", scheme).get("/api/programmes/calls")
                .then().body("total", equalTo(2));
    }

    @Test
    void aClosedCallCannotBeChangedAndACallStaysWithItsScheme() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Edits " + unique(), nus);
        String otherScheme = CallFixtures.scheme("Other " + unique(), nus);
        String body = CallFixtures.call(scheme, "Edit me " + unique(), destination(nus, 1, null));
        String id = create(body).path("id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(body.replace(scheme, otherScheme)).put("/api/programmes/calls/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("schemeId"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(body.replace("\"places\": 1", "\"places\": 3")).put("/api/programmes/calls/" + id)
                .then().statusCode(200).body("destinations[0].places", equalTo(3)).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(staff()).queryParam("from", 1).queryParam("to", 2)
                .get("/api/programmes/calls/" + id + "/versions/compare")
                .then().statusCode(200).body("changes.field", hasItem("destinations"));

        move(id, etag(id), "open").response().then().statusCode(200);
        move(id, etag(id), "closed").response().then().statusCode(200);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(body).put("/api/programmes/calls/" + id)
                .then().statusCode(409).body("type", equalTo("urn:meridian:problem:call-not-editable"));
    }

    @Test
    void aCallNamesOnlyDestinationsOfItsScheme() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner elsewhere = Partners.publish(kafka, "Elsewhere " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Only NUS " + unique(), nus);

        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(CallFixtures.call(scheme, "Wrong " + unique(), destination(elsewhere, 1, null)))
                .post("/api/programmes/calls")
                .then().statusCode(400).body("errors[0].field", equalTo("destinations[0].institutionId"));
    }
}
