package edu.meridian.admissions.scholarship;

import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.student.StudentFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Scholarship holdings of a student and their annual reviews through the API: each year reviewed once, a reduction
 * lowers the amount, a termination ends reviews; bad input changes nothing; a student reads their own holdings only.
 */
@QuarkusTest
class ScholarshipResourceTest {

    private static final String HOLDING = """
            {"sponsor": "Government of Pakistan (HEC)", "type": "foreign_government", "amount": 12000.00,
             "currency": "USD", "periodFrom": "2026-09-01", "periodTo": "2032-07-31"}""";

    private static Response create(String student, String body) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/students/" + student + "/scholarships");
    }

    private static Response review(String scholarship, String body) {
        String etag = given().auth().oauth2(officer()).get("/api/admissions/scholarships/" + scholarship).then()
                .statusCode(200).extract().header("ETag");
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/api/admissions/scholarships/" + scholarship + "/reviews");
    }

    @Test
    void aHoldingIsReviewedOnceAYearAndItsOutcomeSetsItsState() {
        Applicant applicant = Applicant.fresh();
        String student = StudentFixtures.student(applicant);
        String scholarship = create(student, HOLDING).then().statusCode(201).body("state", equalTo("active"))
                .body("amount", equalTo(12000.0f)).extract().path("id");

        review(scholarship, "{\"academicYear\": \"2026/27\", \"outcome\": \"reduced\", \"newAmount\": 9000, "
                + "\"comment\": \"GPA below the sponsor's bar\"}").then().statusCode(200)
                .body("state", equalTo("active")).body("amount", equalTo(9000.0f))
                .body("reviews[0].outcome", equalTo("reduced")).body("reviews[0].reviewedBy", equalTo("sun.li"));
        review(scholarship, "{\"academicYear\": \"2026/27\", \"outcome\": \"continued\"}").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:review-exists"));
        review(scholarship, "{\"academicYear\": \"2027/28\", \"outcome\": \"suspended\"}").then().statusCode(200)
                .body("state", equalTo("suspended"));
        review(scholarship, "{\"academicYear\": \"2028/29\", \"outcome\": \"terminated\"}").then().statusCode(200)
                .body("state", equalTo("terminated"));
        review(scholarship, "{\"academicYear\": \"2029/30\", \"outcome\": \"continued\"}").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:scholarship-terminated"));

        given().auth().oauth2(StudentFixtures.tokenOf(applicant)).get("/api/admissions/students/" + student
                + "/scholarships").then().statusCode(200).body("[0].reviews.size()", equalTo(3));
        given().auth().oauth2(staff()).queryParam("type", "foreign_government").queryParam("size", 200)
                .get("/api/admissions/scholarships").then().statusCode(200).body("items.id", hasItem(scholarship));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String student = StudentFixtures.student(Applicant.fresh());
        create(student, HOLDING.replace("USD", "XYZ")).then().statusCode(400).body("errors[0].field", equalTo("currency"));
        create(student, HOLDING.replace("2032-07-31", "2026-08-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("periodTo"));
        create(UUID.randomUUID().toString(), HOLDING).then().statusCode(404);
        String scholarship = create(student, HOLDING).then().statusCode(201).extract().path("id");
        review(scholarship, "{\"academicYear\": \"2026/28\", \"outcome\": \"continued\"}").then().statusCode(400);
        review(scholarship, "{\"academicYear\": \"2040/41\", \"outcome\": \"continued\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("academicYear"));
        review(scholarship, "{\"academicYear\": \"2026/27\", \"outcome\": \"reduced\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("newAmount"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body("{\"academicYear\": \"2026/27\", \"outcome\": \"continued\"}")
                .post("/api/admissions/scholarships/" + scholarship + "/reviews").then().statusCode(428);
        given().auth().oauth2(staff()).get("/api/admissions/scholarships/" + scholarship).then().statusCode(200)
                .body("reviews.size()", equalTo(0)).body("state", equalTo("active"));
    }

    @Test
    void aStudentReadsTheirOwnHoldingsOnlyAndAnothersAreA404() {
        Applicant mine = Applicant.fresh();
        String own = StudentFixtures.student(mine);
        String other = StudentFixtures.student(Applicant.fresh());
        String ownHolding = create(own, HOLDING).then().statusCode(201).extract().path("id");
        String otherHolding = create(other, HOLDING).then().statusCode(201).extract().path("id");
        String token = StudentFixtures.tokenOf(mine);
        given().auth().oauth2(token).get("/api/admissions/scholarships/" + ownHolding).then().statusCode(200);
        given().auth().oauth2(token).get("/api/admissions/scholarships/" + otherHolding).then().statusCode(404);
        given().auth().oauth2(token).get("/api/admissions/students/" + other + "/scholarships").then().statusCode(404);
        given().auth().oauth2(token).get("/api/admissions/scholarships").then().statusCode(403);
    }
}
