package edu.meridian.programmes.mobility;

import edu.meridian.programmes.mobility.MobilityFixtures.Planned;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.mobility.MobilityFixtures.COURSES;
import static edu.meridian.programmes.mobility.MobilityFixtures.MOBILITIES;
import static edu.meridian.programmes.mobility.MobilityFixtures.approve;
import static edu.meridian.programmes.mobility.MobilityFixtures.details;
import static edu.meridian.programmes.mobility.MobilityFixtures.move;
import static edu.meridian.programmes.mobility.MobilityFixtures.send;
import static edu.meridian.programmes.mobility.MobilityFixtures.student;
import static edu.meridian.programmes.mobility.MobilityFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Mobilities over HTTP: one case per rule; the rules' many cases are in MobilityRulesTest. */
@QuarkusTest
class MobilityResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aConfirmedApplicationIsAPlannedOutboundMobilityOfItsApplicant() {
        String username = "mobile." + unique();
        Planned mobility = MobilityFixtures.confirmed(kafka, student(username, "nursing"));

        given().auth().oauth2(staff()).get(MOBILITIES + "/" + mobility.id()).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("applicationId", equalTo(mobility.applicationId()))
                .body("callId", equalTo(mobility.callId()))
                .body("direction", equalTo("outbound"))
                .body("mobilityType", equalTo("student_study"))
                .body("academicYear", equalTo("2026/27"))
                .body("participantName", equalTo(username))
                .body("homeUnit", equalTo("nursing"))
                .body("institution.id", equalTo(mobility.host().institutionId().toString()))
                .body("institution.name.en", equalTo(mobility.host().nameEn()))
                .body("institution.country", equalTo("SG"))
                .body("state", equalTo("planned"))
                .body("allowedTransitions", contains("ongoing", "cancelled"))
                .body("allowedApprovals", contains("host"))
                .body("learningAgreement.courses", empty())
                .body("learningAgreement.approved", equalTo(false));
        given().auth().oauth2(mobility.token()).get(MOBILITIES + "/" + mobility.id()).then().statusCode(200)
                .body("allowedTransitions", empty()).body("allowedApprovals", contains("student"));
        given().auth().oauth2(staff()).get(MOBILITIES + "/" + mobility.id() + "/versions").then().statusCode(200)
                .body("[0].reason", containsString(mobility.applicationId()));
        given().auth().oauth2(staff()).get(MOBILITIES + "?applicationId=" + mobility.applicationId()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(mobility.id()));
        given().auth().oauth2(staff()).get(MOBILITIES + "?applicationId=" + java.util.UUID.randomUUID()).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(staff()).get(MOBILITIES + "?applicationId=not-an-id").then().statusCode(400);
    }

    @Test
    void theThreePartiesApproveTheLearningAgreementAndAChangeOfCoursesVoidsTheirApprovals() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("agree." + unique(), "nursing"));
        String liaison = Callers.LI_NA.token();

        approve(mobility.token(), mobility.id(), "student").response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:learning-agreement-not-approvable"));
        send(mobility.token(), "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(200)
                .body("learningAgreement.courses.title", contains("Human Anatomy", "Clinical Nursing I"))
                .body("learningAgreement.homeCredits", equalTo(7.5f));
        approve(mobility.token(), mobility.id(), "host").response().then().statusCode(403);
        approve(liaison, mobility.id(), "student").response().then().statusCode(403);
        approve(mobility.token(), mobility.id(), "student").response().then().statusCode(200)
                .body("learningAgreement.approvals.student.by", not(nullValue()));
        approve(liaison, mobility.id(), "home").response().then().statusCode(200)
                .body("learningAgreement.approvals.home.by", equalTo("li.na"));
        approve(staff(), mobility.id(), "host").response().then().statusCode(200)
                .body("learningAgreement.approved", equalTo(true));
        approve(staff(), mobility.id(), "nobody").response().then().statusCode(400);

        // The same courses again keep the approvals; another list voids all three.
        send(staff(), "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(200)
                .body("learningAgreement.approved", equalTo(true));
        send(mobility.token(), "PUT", mobility.id(), "/learning-agreement", COURSES.replace("\"homeCredits\": 3", "\"homeCredits\": 4"))
                .response().then().statusCode(200)
                .body("learningAgreement.approved", equalTo(false))
                .body("learningAgreement.approvals", not(hasKey("student")))
                .body("learningAgreement.approvals", not(hasKey("home")))
                .body("learningAgreement.approvals", not(hasKey("host")));
        List<String> actions = given().auth().oauth2(staff()).get(MOBILITIES + "/" + mobility.id() + "/versions")
                .then().extract().path("action");
        assertThat(actions).last().isEqualTo("learning agreement changed, approvals reset");
        send(liaison, "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(403);
        send(mobility.token(), "PUT", mobility.id(), "/learning-agreement", "{\"courses\": [{\"title\": \" \", \"credits\": 0}]}")
                .response().then().statusCode(400);
    }

    @Test
    void aStayStartsCompletesAndIsRecognisedOnlyWhenEachStepIsReady() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("stay." + unique(), "nursing"));

        move(staff(), mobility.id(), "ongoing", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:mobility-not-ready"))
                .body("errors.field", contains("actualStart", "learningAgreement"));
        move(mobility.token(), mobility.id(), "ongoing", null).response().then().statusCode(403);
        send(staff(), "PUT", mobility.id(), "", details(mobility, today().plusDays(1), null, "null")).response().then()
                .statusCode(400).body("errors[0].code", equalTo("not-future"));
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), null, "null")).response().then().statusCode(200)
                .body("actualStart", equalTo(today().toString()));
        MobilityFixtures.agreed(mobility, Callers.LI_NA.token());
        move(staff(), mobility.id(), "ongoing", null).response().then().statusCode(200).body("state", equalTo("ongoing"))
                .body("allowedTransitions", contains("completed", "cancelled"));

        move(staff(), mobility.id(), "completed", null).response().then().statusCode(409).body("errors.field", contains("actualEnd"));
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), today(), "8")).response().then().statusCode(400)
                .body("errors[0].field", equalTo("creditsRecognised")).body("errors[0].code", equalTo("max"));
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), today(), "null")).response().then().statusCode(200);
        move(staff(), mobility.id(), "completed", null).response().then().statusCode(200);
        move(staff(), mobility.id(), "recognised", null).response().then().statusCode(409)
                .body("errors.field", contains("creditsRecognised", "report"));
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), today(), "7.5")).response().then().statusCode(200);
        send(mobility.token(), "PUT", mobility.id(), "/report", "{\"report\": \"Four months on the wards of NUH.\"}")
                .response().then().statusCode(200).body("report", equalTo("Four months on the wards of NUH."));
        move(staff(), mobility.id(), "recognised", null).response().then().statusCode(200)
                .body("state", equalTo("recognised")).body("creditsRecognised", equalTo(7.5f))
                .body("allowedTransitions", empty());
        send(staff(), "PUT", mobility.id(), "", details(mobility, today(), today(), "7")).response().then().statusCode(409);
        send(mobility.token(), "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:mobility-not-changeable"));

        // If-Match: required (428) and current (412).
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"to\": \"cancelled\", \"reason\": \"x\"}")
                .post(MOBILITIES + "/" + mobility.id() + "/transitions").then().statusCode(428);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"cancelled\", \"reason\": \"x\"}")
                .post(MOBILITIES + "/" + mobility.id() + "/transitions").then().statusCode(412);
    }

    @Test
    void aCancellationSaysWhyAndEndsTheStay() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("cancel." + unique(), "nursing"));
        move(staff(), mobility.id(), "cancelled", " ").response().then().statusCode(400).body("errors[0].field", equalTo("reason"));
        move(staff(), mobility.id(), "recognised", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"));
        move(staff(), mobility.id(), "cancelled", "Visa refused").response().then().statusCode(200)
                .body("state", equalTo("cancelled")).body("allowedTransitions", empty()).body("allowedApprovals", empty());
    }

    @Test
    void anotherStudentsMobilityIsA404AndEachRoleReadsWhatItNeeds() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("mine." + unique(), "nursing"));
        MobilityFixtures.agreed(mobility, Callers.LI_NA.token());
        String other = student("other." + unique(), "nursing");
        String path = MOBILITIES + "/" + mobility.id();

        given().auth().oauth2(other).get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).get(path + "/versions").then().statusCode(404);
        send(other, "PUT", mobility.id(), "/learning-agreement", COURSES).response().then().statusCode(404);
        approve(other, mobility.id(), "student").response().then().statusCode(404);
        send(other, "PUT", mobility.id(), "/report", "{\"report\": \"Not mine\"}").response().then().statusCode(404);
        given().auth().oauth2(other).get(MOBILITIES + "?size=100").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(mobility.id())));
        String teacher = Tokens.user("teacher." + unique()).roles("faculty").unit("nursing").sign();
        given().auth().oauth2(teacher).get(path).then().statusCode(404);
        String pharmacyLiaison = Tokens.user("liaison." + unique()).roles("college-liaison").unit("pharmacy").sign();
        given().auth().oauth2(pharmacyLiaison).get(path).then().statusCode(404);

        given().auth().oauth2(Callers.LI_NA.token()).get(path).then().statusCode(200)
                .body("learningAgreement.approved", equalTo(true)).body("participantName", not(nullValue()))
                .body("allowedTransitions", empty()).body("allowedApprovals", contains("home"));
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(path).then().statusCode(200)
                .body("state", equalTo("planned"))
                .body("participantId", not(nullValue()))
                .body("institution.id", equalTo(mobility.host().institutionId().toString()))
                .body("participantName", nullValue())
                .body("learningAgreement", nullValue())
                .body("updatedBy", nullValue());
    }

    @Test
    void theOfficeRecordsInboundStudentsAndListsAndExportsByYearDirectionCountryAndState() {
        String tag = unique();
        UUID munich = MobilityFixtures.partnerIn(kafka, "TU Munich " + tag, "DE");
        String inbound = MobilityFixtures.inbound(munich, "2026/27", "Anna Schmidt " + tag, "nursing").response().then()
                .statusCode(201).body("direction", equalTo("inbound")).body("participantId", nullValue())
                .body("allowedApprovals", contains("student", "host")).extract().path("id");
        String earlier = MobilityFixtures.inbound(munich, "2025/26", "Jonas Weber " + tag, "nursing").path("id");
        MobilityFixtures.inbound(munich, "2026/27", "x", "nursing").response().then().statusCode(201);
        MobilityFixtures.inbound(UUID.randomUUID(), "2026/27", "Nobody " + tag, "nursing").response().then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-reference"));
        MobilityFixtures.inbound(munich, "2026/28", "Wrong Year " + tag, "nursing").response().then().statusCode(400)
                .body("errors[0].field", equalTo("academicYear"));
        given().auth().oauth2(Callers.LIU_YANG.token()).contentType(ContentType.JSON).body("{}").post(MOBILITIES)
                .then().statusCode(403);

        String list = MOBILITIES + "?country=DE&size=100";
        List<String> ids = given().auth().oauth2(staff()).get(list + "&direction=inbound&academicYear=2026/27")
                .then().statusCode(200).extract().path("items.id");
        assertThat(ids).contains(inbound).doesNotContain(earlier);
        given().auth().oauth2(staff()).get(list + "&direction=outbound").then().body("items.id", not(org.hamcrest.Matchers.hasItem(inbound)));
        given().auth().oauth2(staff()).get(MOBILITIES + "?country=SG&direction=inbound&size=100").then()
                .body("items.id", not(org.hamcrest.Matchers.hasItem(inbound)));
        move(staff(), earlier, "cancelled", "Did not come").response().then().statusCode(200);
        given().auth().oauth2(staff()).get(list + "&state=cancelled").then().body("items.id", contains(earlier));
        given().auth().oauth2(staff()).get(MOBILITIES + "?country=germany").then().statusCode(400);
        given().auth().oauth2(staff()).get(MOBILITIES + "?academicYear=2026").then().statusCode(400);
        given().auth().oauth2(staff()).get(MOBILITIES + "?state=travelling").then().statusCode(400);

        String csv = given().auth().oauth2(staff()).get(MOBILITIES + "/export.csv?country=DE&academicYear=2026/27")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,direction,mobilityType,academicYear,participant,homeUnit,institution,"
                + "country,plannedStart,plannedEnd,actualStart,actualEnd,state,agreedHomeCredits,creditsRecognised");
        assertThat(csv).contains(inbound + ",inbound,student_study,2026/27,Anna Schmidt " + tag + ",nursing,TU Munich "
                + tag + ",DE,2026-09-01,2027-01-15,,,planned,0,").doesNotContain(earlier);
        String unitCsv = given().auth().oauth2(Callers.LI_NA.token()).get(MOBILITIES + "/export.csv?country=DE")
                .then().statusCode(200).extract().asString();
        assertThat(unitCsv).contains(inbound, earlier);
        String pharmacyLiaison = Tokens.user("liaison." + unique()).roles("college-liaison").unit("pharmacy").sign();
        assertThat(given().auth().oauth2(pharmacyLiaison).get(MOBILITIES + "/export.csv?country=DE").then().statusCode(200)
                .extract().asString().lines()).hasSize(1);

        // Without an account, the office approves for the student; it starts once arrived (no agreement needed inbound).
        send(staff(), "PUT", inbound, "/learning-agreement", COURSES).response().then().statusCode(200);
        approve(staff(), inbound, "student").response().then().statusCode(200);
        send(staff(), "PUT", inbound, "", "{\"institutionId\": \"%s\", \"actualStart\": \"%s\"}".formatted(munich, today()))
                .response().then().statusCode(200);
        move(staff(), inbound, "ongoing", null).response().then().statusCode(200);
    }
}
