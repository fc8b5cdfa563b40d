package edu.meridian.programmes.application;

import edu.meridian.programmes.application.ApplicationFixtures.OpenCall;
import edu.meridian.testing.Callers;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static edu.meridian.programmes.ProgrammesFixtures.admin;
import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.student;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.application.ApplicationFixtures.body;
import static edu.meridian.programmes.application.ApplicationFixtures.create;
import static edu.meridian.programmes.application.ApplicationFixtures.move;
import static edu.meridian.programmes.application.ApplicationFixtures.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Applications over HTTP: one case per rule; the rules' many cases are in ApplicationRulesTest and EligibilityCheckTest. */
@QuarkusTest
class ApplicationResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStudentDraftsChangesAndSubmitsAndTheCheckFindsThemEligible() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        var created = create(student(), body(call.id(), "3.60", 2, "7.0", call.ntu().institutionId(), call.nus().institutionId()));
        created.response().then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("draft"))
                .body("applicantUsername", equalTo("liu.yang"))
                .body("homeUnit", equalTo("nursing"))
                .body("choices.rank", contains(1, 2))
                .body("choices[0].institutionId", equalTo(call.ntu().institutionId().toString()))
                .body("choices[0].name.en", equalTo(call.ntu().nameEn()))
                .body("allowedTransitions", contains("submitted", "withdrawn"));
        String id = created.path("id");

        given().auth().oauth2(student()).contentType(ContentType.JSON)
                .body(body(call.id(), "3.60", 2, "7.0", call.nus().institutionId()))
                .put("/api/programmes/applications/" + id).then().statusCode(428);
        given().auth().oauth2(student()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(call.id(), "3.60", 2, "7.0", call.nus().institutionId()))
                .put("/api/programmes/applications/" + id).then().statusCode(200)
                .body("choices.institutionId", contains(call.nus().institutionId().toString()));

        ApplicationFixtures.upload(student(), id, "transcript", "transcript.pdf", ApplicationFixtures.pdf("grades"))
                .response().then().statusCode(201);
        move(student(), id, "submitted", null).response().then().statusCode(200)
                .body("state", equalTo("eligible"))
                .body("ineligibilityReasons", empty())
                .body("submittedAt", not(nullValue()))
                .body("allowedTransitions", contains("withdrawn"));
        given().auth().oauth2(student()).get("/api/programmes/applications/" + id + "/versions").then().statusCode(200)
                .body("action", contains("created", "updated", "state submitted", "state eligible"))
                .body("changedBy", contains("liu.yang", "liu.yang", "liu.yang", "programmes-service"))
                .body("[3].reason", equalTo("meets the call's eligibility rules"));
        given().auth().oauth2(student()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(body(call.id(), "3.90", 2, "7.0", call.nus().institutionId()))
                .put("/api/programmes/applications/" + id).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-not-editable"));
    }

    @Test
    void aSubmissionThatMissesTheRulesIsIneligibleWithCodedReasonsAndOnlyTheOfficeAdmitsItWithAReason() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String pharmacy = ApplicationFixtures.student("pharma." + unique(), "pharmacy");
        String id = submitted(pharmacy, body(call.id(), "3.00", 1, "6.0", call.nus().institutionId()));
        given().auth().oauth2(pharmacy).get("/api/programmes/applications/" + id).then().statusCode(200)
                .body("state", equalTo("ineligible"))
                .body("ineligibilityReasons.code", contains("year-of-study", "gpa-below-minimum", "language", "home-unit"))
                .body("ineligibilityReasons[1].params.minGpa", equalTo(3.2f))
                .body("allowedTransitions", empty());

        move(staff(), id, "eligible", null).response().then().statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].code", equalTo("required"));
        move(staff(), id, "eligible", "Year 1 admitted: the dean confirmed the exception").response().then()
                .statusCode(200).body("state", equalTo("eligible"));
        given().auth().oauth2(staff()).get("/api/programmes/applications/" + id + "/versions").then()
                .body("action", contains("created", "state submitted", "state ineligible", "state eligible"))
                .body("[2].reason", containsString("below the call's minimum of 3.2"))
                .body("[3].reason", equalTo("Year 1 admitted: the dean confirmed the exception"))
                .body("[3].changedBy", equalTo("wang.fang"));
    }

    @Test
    void aStudentCannotReadOrChangeAnotherStudentsApplication() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String id = create(student(), body(call.id(), "3.60", 2, "7.0", call.nus().institutionId()))
                .response().then().statusCode(201).extract().path("id");
        String other = ApplicationFixtures.student("other." + unique(), "nursing");
        String path = "/api/programmes/applications/" + id;

        given().auth().oauth2(other).get(path).then().statusCode(404);
        given().auth().oauth2(other).get(path + "/versions").then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(call.id(), "4.00", 2, "9.0", call.ntu().institutionId())).put(path).then().statusCode(404);
        for (String to : List.of("submitted", "withdrawn")) {
            given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"to\": \"" + to + "\"}").post(path + "/transitions").then().statusCode(404);
        }
        given().auth().oauth2(other).get("/api/programmes/applications?callId=" + call.id()).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(student()).get(path).then().statusCode(200)
                .body("state", equalTo("draft")).body("version", equalTo(0))
                .body("choices[0].institutionId", equalTo(call.nus().institutionId().toString()));
    }

    @Test
    void choicesAreTheCallsDestinationsOnceEachOneToFiveAndOneApplicationPerCall() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("choices." + unique(), "nursing");
        create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId(), call.elsewhere().institutionId(),
                call.nus().institutionId())).response().then().statusCode(400)
                .body("errors.field", contains("choices[1]", "choices[2]"))
                .body("errors.code", contains("not-a-destination", "duplicate"));
        create(token, body(call.id(), "3.60", 2, "7.0")).response().then().statusCode(400)
                .body("errors[0].field", equalTo("choices")).body("errors[0].code", equalTo("size"));
        create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).response().then().statusCode(201);
        create(token, body(call.id(), "3.60", 2, "7.0", call.ntu().institutionId())).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-exists"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"callId\": \"" + call.id() + "\", \"choices\": [\"" + call.nus().institutionId()
                        + "\"], \"homeUnit\": \"medicine\"}")
                .post("/api/programmes/applications").then().statusCode(400);
        given().auth().oauth2(Callers.LIU_QIANG.token()).contentType(ContentType.JSON)
                .body(body(call.id(), null, null, null, call.nus().institutionId()))
                .post("/api/programmes/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("callId"))
                .body("errors[0].message", equalTo("is a call for home students"));
    }

    @Test
    void twoFirstApplicationsOfOnePersonAtOnceGiveOneApplicationAndAConflict() throws Exception {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("twice." + unique(), "nursing");
        String body = body(call.id(), "3.60", 2, "7.0", call.nus().institutionId());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> create(token, body).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(token).get("/api/programmes/applications?callId=" + call.id()).then().body("total", equalTo(1));
    }

    @Test
    void afterTheDeadlineADraftCanNeitherChangeNorBeSubmittedOnlyWithdrawn() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("late." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");
        clock.advance(Duration.ofDays(32));

        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(call.id(), "3.60", 3, "7.0", call.nus().institutionId()))
                .put("/api/programmes/applications/" + id).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:call-not-taking-applications"))
                .body("detail", containsString("the call's deadline was"));
        given().auth().oauth2(token).get("/api/programmes/applications/" + id).then()
                .body("allowedTransitions", contains("withdrawn"));
        move(token, id, "submitted", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:call-not-taking-applications"));
        create(ApplicationFixtures.student("later." + unique(), "nursing"),
                body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).response().then().statusCode(409);
        move(token, id, "withdrawn", null).response().then().statusCode(200).body("state", equalTo("withdrawn"))
                .body("allowedTransitions", empty());
    }

    @Test
    void theOfficeMovesAnApplicationThroughSelectionNominationAndTheHostsAnswer() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("chosen." + unique(), "nursing");
        String id = submitted(token, body(call.id(), "3.80", 3, "7.5", call.nus().institutionId()));

        move(token, id, "under_review", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("allowedTransitions", contains("withdrawn"));
        move(staff(), id, "selected", null).response().then().statusCode(409)
                .body("allowedTransitions", contains("under_review", "withdrawn"));
        for (String to : List.of("under_review", "selected", "nominated", "accepted_by_host")) {
            move(staff(), id, to, null).response().then().statusCode(200).body("state", equalTo(to));
        }
        move(admin(), id, "confirmed", null).response().then().statusCode(200)
                .body("state", equalTo("confirmed")).body("allowedTransitions", empty());
        given().auth().oauth2(token).get("/api/programmes/applications/" + id).then()
                .body("state", equalTo("confirmed")).body("allowedTransitions", empty());

        String rejected = submitted(ApplicationFixtures.student("notchosen." + unique(), "nursing"),
                body(call.id(), "3.30", 2, "6.5", call.ntu().institutionId()));
        move(staff(), rejected, "under_review", null).response().then().statusCode(200);
        move(staff(), rejected, "rejected", " ").response().then().statusCode(400);
        move(staff(), rejected, "rejected", "Ranked below the places of NTU").response().then().statusCode(200);
    }

    @Test
    void eachRoleSeesWhatItNeedsTheLiaisonTheirUnitsSubmittedOnesCampusSystemsTheFacts() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String nursing = ApplicationFixtures.student("nurse." + unique(), "nursing");
        String medicine = ApplicationFixtures.student("medic." + unique(), "clinical-medicine");
        String nurseApp = submitted(nursing, body(call.id(), "3.70", 2, "7.0", call.nus().institutionId()));
        String medicApp = submitted(medicine, body(call.id(), "3.50", 3, "7.0", call.ntu().institutionId(),
                call.nus().institutionId()));
        String draft = create(ApplicationFixtures.student("draft." + unique(), "nursing"),
                body(call.id(), "3.50", 3, "7.0", call.ntu().institutionId())).path("id");
        String list = "/api/programmes/applications?callId=" + call.id();

        given().auth().oauth2(staff()).get(list).then().statusCode(200).body("total", equalTo(3))
                .body("items.statement", hasItem("I want to study nursing abroad."));
        given().auth().oauth2(staff()).get(list + "&state=draft").then().body("items.id", contains(draft));
        given().auth().oauth2(staff()).get(list + "&destination=" + call.nus().institutionId() + "&sort=homeUnit")
                .then().body("items.id", contains(medicApp, nurseApp));
        given().auth().oauth2(staff()).get(list + "&unit=clinical-medicine").then().body("items.id", contains(medicApp));

        given().auth().oauth2(Callers.LI_NA.token()).get(list).then().statusCode(200)
                .body("items.id", contains(nurseApp))
                .body("items[0].gpa", equalTo(3.7f))
                .body("items[0].statement", nullValue())
                .body("items[0].allowedTransitions", empty());
        given().auth().oauth2(Callers.LI_NA.token()).get("/api/programmes/applications/" + medicApp).then().statusCode(404);
        given().auth().oauth2(Callers.LI_NA.token()).get("/api/programmes/applications/" + draft).then().statusCode(404);

        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get("/api/programmes/applications/" + nurseApp).then()
                .statusCode(200)
                .body("state", equalTo("eligible"))
                .body("choices[0].institutionId", equalTo(call.nus().institutionId().toString()))
                .body("applicantId", not(nullValue()))
                .body("applicantUsername", nullValue())
                .body("gpa", nullValue())
                .body("statement", nullValue())
                .body("languageResults", nullValue());
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get("/api/programmes/applications/" + draft).then().statusCode(404);

        String csv = given().auth().oauth2(staff()).get("/api/programmes/applications/export.csv?callId=" + call.id())
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,applicant,homeUnit,state,choices,yearOfStudy,gpa,languageResults,"
                + "ineligibilityReasons,submittedAt");
        assertThat(lines).hasSize(4);
        assertThat(csv).contains(nurseApp, "nursing,eligible," + call.nus().nameEn() + ",2,3.70,IELTS 7.0")
                .contains(call.ntu().nameEn() + "; " + call.nus().nameEn())
                .doesNotContain("I want to study nursing abroad.");
        String unitCsv = given().auth().oauth2(Callers.LI_NA.token())
                .get("/api/programmes/applications/export.csv?callId=" + call.id()).then().statusCode(200).extract().asString();
        assertThat(unitCsv.lines().toList()).hasSize(2);
        given().auth().oauth2(staff()).get("/api/programmes/applications/export.csv").then().statusCode(400);

        String otherLiaison = Tokens.user("liaison." + unique()).roles("college-liaison").unit("pharmacy").sign();
        given().auth().oauth2(otherLiaison).get(list).then().body("total", equalTo(0));
    }
}
