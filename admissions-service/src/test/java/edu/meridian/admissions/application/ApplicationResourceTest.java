package edu.meridian.admissions.application;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import edu.meridian.testing.Callers;
import edu.meridian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static edu.meridian.admissions.application.ApplicationFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ApplicationResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApplicantSavesADraftStepByStepSeesWhatIsMissingAndSubmitsWhenComplete() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant applicant = Applicant.fresh();
        String id = draft(applicant, "{\"surname\": \"KHAN\", \"givenNames\": \"AYESHA\"}");
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then().statusCode(200)
                .body("state", equalTo("draft")).body("allowedTransitions", contains("submitted", "withdrawn"))
                .body("missing.field", contains("nationality", "dateOfBirth", "education", "funding.type", "choices"));

        move(applicant.token(), id, "submitted", null).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-incomplete"))
                .body("errors.field", hasItem("choices"));

        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).header("If-Match", etag(applicant.token(), id))
                .body(completeBody(intake)).put("/api/admissions/applications/" + id).then().statusCode(200)
                .body("documents.kind", contains("passport", "transcript"))
                .body("documents.status", contains("missing", "missing"))
                .body("missing.field", contains("documents.passport", "documents.transcript"));
        upload(applicant, id, "passport");
        move(applicant.token(), id, "submitted", null).then().statusCode(409)
                .body("errors.field", contains("documents.transcript"));
        upload(applicant, id, "transcript");
        move(applicant.token(), id, "submitted", null).then().statusCode(200).body("state", equalTo("submitted"))
                .body("allowedTransitions", contains("withdrawn"));

        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).header("If-Match", etag(applicant.token(), id))
                .body(completeBody(intake)).put("/api/admissions/applications/" + id).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-not-editable"));
    }

    @Test
    void aDraftHoldsOnlyRealCountriesResultsAndChoices() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant applicant = Applicant.fresh();
        String id = draft(applicant, "{}");
        String bad = """
                {"nationality": "XX", "languageTests": [{"type": "IELTS", "result": 6.3, "takenOn": "2026-01-01"}],
                 "choices": [{"priority": 1, "intakeId": "%1$s"}, {"priority": 3, "intakeId": "%1$s"}]}""".formatted(intake);
        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad)
                .put("/api/admissions/applications/" + id).then().statusCode(400)
                .body("errors.field", contains("nationality", "languageTests[0].result", "choices[1].priority",
                        "choices[1].intakeId"));
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then().body("version", equalTo(0));
    }

    @Test
    void anApplicantHasOneOpenApplicationAtATime() {
        Applicant applicant = Applicant.fresh();
        String id = draft(applicant, "{}");
        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).body("{}")
                .post("/api/admissions/applications").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-exists"));
        move(applicant.token(), id, "withdrawn", null).then().statusCode(200);
        draft(applicant, "{}");
    }

    @Test
    void anApplicantSeesOnlyTheirOwnApplicationAndDocumentsAnotherIdIsA404() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant owner = Applicant.fresh();
        String id = draft(owner, completeBody(intake));
        String document = upload(owner, id, "passport");
        String other = Applicant.fresh().token();

        for (String path : new String[]{"", "/documents", "/documents/" + document, "/documents/" + document + "/content"}) {
            given().auth().oauth2(other).get("/api/admissions/applications/" + id + path).then().statusCode(404);
        }
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .put("/api/admissions/applications/" + id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"withdrawn\"}").post("/api/admissions/applications/" + id + "/transitions")
                .then().statusCode(404);
        uploadAs(other, id, "transcript", AdmissionsFixtures.PDF, "t.pdf").then().statusCode(404);
        given().auth().oauth2(other).get("/api/admissions/applications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(owner.token()).get("/api/admissions/applications").then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));

        given().auth().oauth2(owner.token()).get("/api/admissions/applications/" + id + "/documents/" + document + "/content")
                .then().statusCode(200).header("ETag", equalTo("\"" + edu.meridian.web.Uploads.sha256(AdmissionsFixtures.PDF) + "\""));
        given().auth().oauth2(staff()).get("/api/admissions/applications/" + id).then().statusCode(200)
                .body("allowedTransitions.size()", equalTo(0));
        given().auth().oauth2(officer()).queryParam("q", "khan").get("/api/admissions/applications").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void officersVerifyOrRejectDocumentsWithAReasonAndTheApplicantUploadsARejectedOneAgain() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant applicant = Applicant.fresh();
        String id = draft(applicant, completeBody(intake));
        uploadAs(applicant.token(), id, "passport", "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII), "p.pdf")
                .then().statusCode(415);
        uploadAs(applicant.token(), id, "visa", AdmissionsFixtures.PDF, "p.pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        String passport = upload(applicant, id, "passport");
        String transcript = upload(applicant, id, "transcript");
        review(officer(), id, passport, "verified", null).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:documents-not-reviewable"));
        move(applicant.token(), id, "submitted", null).then().statusCode(200);

        review(officer(), id, transcript, "rejected", null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        review(officer(), id, transcript, "rejected", "Not legible").then().statusCode(200)
                .body("status", equalTo("rejected")).body("rejectionReason", equalTo("Not legible"));
        review(officer(), id, passport, "verified", null).then().statusCode(200).body("status", equalTo("verified"));
        move(officer(), id, "documents_complete", null).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:documents-not-verified"))
                .body("errors.field", contains("documents.transcript"));

        uploadAs(applicant.token(), id, "passport", AdmissionsFixtures.PDF, "again.pdf").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-documents-closed"));
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then()
                .body("documents.status", contains("verified", "rejected"))
                .body("documents[1].rejectionReason", equalTo("Not legible"));
        String again = upload(applicant, id, "transcript");
        review(officer(), id, again, "verified", null).then().statusCode(200);
        review(staff(), id, again, "rejected", "x").then().statusCode(403);
        move(officer(), id, "documents_complete", null).then().statusCode(200);
        given().auth().oauth2(officer()).get("/api/admissions/applications/" + id + "/documents").then()
                .body("status", containsInAnyOrder("verified", "verified", "rejected"));
    }

    @Test
    void officersMakeOffersPerChoiceAndTheApplicantAcceptsOneByItsDeadline() {
        String first = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        String second = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant applicant = Applicant.fresh();
        String id = draft(applicant, completeBody(first).replace("\"choices\": [{\"priority\": 1, \"intakeId\": \"" + first + "\"}]",
                "\"choices\": [{\"priority\": 1, \"intakeId\": \"" + first + "\"}, {\"priority\": 2, \"intakeId\": \"" + second + "\"}]"));
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then()
                .body("choices.intakeId", contains(first, second));
        offer(officer(), id, 1, "unconditional", "", today().plusDays(30)).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:offers-closed"));
        String passport = upload(applicant, id, "passport");
        String transcript = upload(applicant, id, "transcript");
        move(applicant.token(), id, "submitted", null).then().statusCode(200);
        review(officer(), id, passport, "verified", null).then().statusCode(200);
        review(officer(), id, transcript, "verified", null).then().statusCode(200);
        move(officer(), id, "documents_complete", null).then().statusCode(200);
        move(officer(), id, "under_review", null).then().statusCode(200);

        LocalDate deadline = today().plusDays(14);
        offer(officer(), id, 1, "conditional", "", deadline).then().statusCode(400).body("errors[0].field", equalTo("conditions"));
        offer(officer(), id, 1, "conditional", "\"Final HSSC certificate\"", today().plusDays(400)).then()
                .statusCode(400).body("errors[0].field", equalTo("deadline"));
        offer(officer(), id, 3, "unconditional", "", deadline).then().statusCode(400).body("errors[0].field", equalTo("priority"));
        offer(officer(), id, 1, "conditional", "\"Final HSSC certificate\"", deadline).then().statusCode(200)
                .body("state", equalTo("offer_conditional")).body("offers[0].conditions", contains("Final HSSC certificate"));
        offer(officer(), id, 1, "unconditional", "", deadline).then().statusCode(400).body("errors[0].code", equalTo("duplicate"));
        String offerTwo = offer(officer(), id, 2, "unconditional", "", deadline).then().statusCode(200)
                .body("state", equalTo("offer_unconditional")).extract().path("offers[1].id");
        String offerOne = given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then()
                .body("offers.allowedAnswers[0]", contains("accept", "decline")).extract().path("offers[0].id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body("{\"answer\": \"accept\"}").post("/api/admissions/applications/" + id + "/offers/" + offerOne + "/answer")
                .then().statusCode(403);
        answer(applicant, id, offerTwo, "decline").then().statusCode(200).body("state", equalTo("offer_conditional"))
                .body("offers[1].state", equalTo("declined"));
        answer(applicant, id, offerTwo, "accept").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:offer-not-open"));
        answer(applicant, id, offerOne, "accept").then().statusCode(200).body("state", equalTo("offer_accepted"))
                .body("offers.state", contains("accepted", "declined")).body("allowedTransitions", contains("withdrawn"));
    }

    @Test
    void anOfferPastItsDeadlineIsNotAnsweredAndAFullIntakeTakesNoMoreAcceptances() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 1);
        Applicant late = Applicant.fresh();
        String lateId = underReview(late, intake);
        String lateOffer = offer(officer(), lateId, 1, "unconditional", "", today()).then().statusCode(200)
                .extract().path("offers[0].id");
        clock.advance(Duration.ofDays(1));
        given().auth().oauth2(late.token()).get("/api/admissions/applications/" + lateId).then()
                .body("offers[0].expired", equalTo(true)).body("offers[0].allowedAnswers.size()", equalTo(0));
        answer(late, lateId, lateOffer, "accept").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:offer-expired"));
        clock.reset();

        Applicant first = Applicant.fresh();
        Applicant second = Applicant.fresh();
        String firstId = underReview(first, intake);
        String secondId = underReview(second, intake);
        String firstOffer = offer(officer(), firstId, 1, "unconditional", "", today().plusDays(7)).then()
                .statusCode(200).extract().path("offers[0].id");
        String secondOffer = offer(officer(), secondId, 1, "unconditional", "", today().plusDays(7)).then()
                .statusCode(200).extract().path("offers[0].id");
        answer(first, firstId, firstOffer, "accept").then().statusCode(200);
        answer(second, secondId, secondOffer, "accept").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:intake-full"));
        answer(second, secondId, secondOffer, "decline").then().statusCode(200).body("state", equalTo("offer_declined"));
    }

    @Test
    void aRejectionAndTheOfficesWithdrawalNeedAReasonWithdrawingClosesOffers() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant rejected = Applicant.fresh();
        String rejectedId = underReview(rejected, intake);
        move(officer(), rejectedId, "rejected", null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        move(officer(), rejectedId, "rejected", "Prerequisites in chemistry not met").then().statusCode(200)
                .body("decisionReason", equalTo("Prerequisites in chemistry not met"));
        move(officer(), rejectedId, "waitlisted", null).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"));

        Applicant withdrawing = Applicant.fresh();
        String id = underReview(withdrawing, intake);
        move(Callers.ZHANG_WEI.token(), id, "waitlisted", null).then().statusCode(200);
        offer(officer(), id, 1, "unconditional", "", today().plusDays(7)).then().statusCode(200);
        move(withdrawing.token(), id, "withdrawn", null).then().statusCode(200).body("state", equalTo("withdrawn"))
                .body("offers[0].state", equalTo("closed"));
    }
}
