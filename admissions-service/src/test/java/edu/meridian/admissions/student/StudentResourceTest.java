package edu.meridian.admissions.student;

import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.application.ApplicationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static edu.meridian.admissions.student.StudentFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Registration of an arrived applicant (the application becomes registered, the student enrolled), the student's
 * lifecycle with If-Match and reasons, and what a student sees: their own record, anyone else's is a 404.
 */
@QuarkusTest
class StudentResourceTest {

    @Test
    void anOfficerRecordsArrivalThenRegistersTheApplicantAsAnEnrolledStudent() {
        Applicant applicant = Applicant.fresh();
        String application = admitted(applicant);
        register(officer(), application, Instant.now().minus(2, ChronoUnit.HOURS)).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:application-not-arrived"));
        ApplicationFixtures.move(officer(), application, "arrived", null).then().statusCode(200)
                .body("state", equalTo("arrived"));
        ApplicationFixtures.move(officer(), application, "registered", null).then().statusCode(409);

        Instant arrivedAt = Instant.parse("2026-08-30T16:30:00Z");
        String student = register(officer(), application, arrivedAt).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("degree"))
                .body("state", equalTo("enrolled"))
                .body("applicationId", equalTo(application))
                .body("surname", equalTo("KHAN"))
                .body("nationality", equalTo("PK"))
                .body("fundingType", equalTo("csc_type_b"))
                .body("cohort", equalTo("2026"))
                .body("unit", equalTo("clinical-medicine"))
                .body("advisor", equalTo("liu.qiang"))
                .body("arrivedAt", equalTo("2026-08-30T16:30:00Z"))
                .body("allowedTransitions", contains("suspended", "graduated", "withdrawn"))
                .extract().path("id");
        given().auth().oauth2(officer()).get("/api/admissions/applications/" + application).then().statusCode(200)
                .body("state", equalTo("registered"));
        register(officer(), application, arrivedAt).then().statusCode(409);
        given().auth().oauth2(staff()).queryParam("q", "khan").queryParam("cohort", "2026")
                .get("/api/admissions/students").then().statusCode(200).body("items.id", hasItem(student));
        given().auth().oauth2(staff()).get("/api/admissions/students/" + student + "/versions").then()
                .statusCode(200).body("[0].action", equalTo("registered"));
    }

    @Test
    void registrationRefusesBadInputAndChangesNothing() {
        Applicant applicant = Applicant.fresh();
        String application = arrived(applicant);
        register(officer(), application, Instant.now().plus(1, ChronoUnit.DAYS)).then().statusCode(400)
                .body("errors[0].field", equalTo("arrivedAt"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body("""
                {"applicationId": "%s", "arrivedAt": "2026-08-30T16:30:00Z", "cohort": "last year",
                 "unit": "Clinical Medicine"}""".formatted(application)).post("/api/admissions/students").then()
                .statusCode(400);
        register(officer(), UUID.randomUUID().toString(), Instant.now()).then().statusCode(400)
                .body("errors[0].field", equalTo("applicationId"));
        given().auth().oauth2(officer()).get("/api/admissions/applications/" + application).then().statusCode(200)
                .body("state", equalTo("arrived"));
    }

    @Test
    void aStudentReadsTheirOwnRecordOnlyAndAnothersIsA404() {
        Applicant mine = Applicant.fresh();
        String own = student(mine);
        String other = student(Applicant.fresh());
        String token = tokenOf(mine);
        given().auth().oauth2(token).get("/api/admissions/students/" + own).then().statusCode(200)
                .body("allowedTransitions.size()", equalTo(0));
        given().auth().oauth2(token).get("/api/admissions/students/" + other).then().statusCode(404);
        given().auth().oauth2(token).get("/api/admissions/students/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(token).get("/api/admissions/students").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(own));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"graduated\"}").post("/api/admissions/students/" + own + "/transitions").then()
                .statusCode(403);
    }

    @Test
    void theLifecycleNeedsIfMatchReasonsAndAllowedSteps() {
        String student = student(Applicant.fresh());
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body("{\"to\": \"suspended\", \"reason\": \"x\"}")
                .post("/api/admissions/students/" + student + "/transitions").then().statusCode(428);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"to\": \"suspended\", \"reason\": \"x\"}")
                .post("/api/admissions/students/" + student + "/transitions").then().statusCode(412);
        move(officer(), student, "suspended", null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        move(officer(), student, "suspended", "Medical leave").then().statusCode(200)
                .body("state", equalTo("suspended")).body("stateReason", equalTo("Medical leave"))
                .body("allowedTransitions", contains("enrolled", "withdrawn"));
        move(officer(), student, "graduated", null).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"));
        move(officer(), student, "enrolled", null).then().statusCode(200);
        move(officer(), student, "graduated", null).then().statusCode(200).body("state", equalTo("graduated"))
                .body("allowedTransitions.size()", equalTo(0));
        move(officer(), student, "nonsense", null).then().statusCode(400);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), student))
                .body("{\"cohort\": \"2025\", \"unit\": \"nursing\", \"advisor\": \"zhao.min\"}")
                .put("/api/admissions/students/" + student).then().statusCode(200)
                .body("unit", equalTo("nursing")).body("cohort", equalTo("2025"));
        given().auth().oauth2(staff()).get("/api/admissions/students/" + student + "/versions").then().statusCode(200)
                .body("action", hasItem("graduated")).body("action", not(hasItem("nothing")));
    }
}
