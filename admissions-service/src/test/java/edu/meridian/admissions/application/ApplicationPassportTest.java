package edu.meridian.admissions.application;

import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static edu.meridian.admissions.AdmissionsFixtures.admin;
import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The applicant's passport number: sealed in the database, masked in every answer, read in full only by an officer
 * with a reason, and each such reading recorded.
 */
@QuarkusTest
class ApplicationPassportTest {

    private static final String NUMBER = "PK7730219";

    @Inject
    AgroalDataSource database;

    @Test
    void theNumberIsSealedAtRestAndMaskedInEveryAnswer() throws SQLException {
        Applicant applicant = Applicant.fresh();
        String id = ApplicationFixtures.draft(applicant, withPassport(ProgrammeFixtures.openIntake(
                ProgrammeFixtures.mbbs(), 5)));

        String own = given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then()
                .statusCode(200).body("passport.number", equalTo("P******19"))
                .body("passport.expiry", equalTo("2031-**-**")).extract().asString();
        String office = given().auth().oauth2(officer()).get("/api/admissions/applications").then().statusCode(200)
                .extract().asString();
        assertThat(own + office).doesNotContain(NUMBER, "2031-05-17");

        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select passport_number, passport_expiry from admission_application where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("pd1:test-1:").doesNotContain(NUMBER);
                assertThat(row.getString(2)).startsWith("pd1:test-1:").doesNotContain("2031");
            }
        }
    }

    @Test
    void aSaveThatLeavesThePassportOutKeepsItSinceTheApplicantOnlyEverSeesItMasked() {
        Applicant applicant = Applicant.fresh();
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 5);
        String id = ApplicationFixtures.draft(applicant, withPassport(intake));
        String etag = given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + id).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(ApplicationFixtures.completeBody(intake)).put("/api/admissions/applications/" + id).then()
                .statusCode(200).body("passport.number", equalTo("P******19")).body("passport.expiry", equalTo("2031-**-**"));
        given().auth().oauth2(applicant.token()).contentType(ContentType.JSON).header("If-Match", "\"" + 1 + "\"")
                .body(withPassport(intake).replace("pk7730219", "P******19")).put("/api/admissions/applications/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("passportNumber"));
    }

    @Test
    void anOfficerRevealsTheNumberWithAReasonAndTheReadingIsRecorded() {
        Applicant applicant = Applicant.fresh();
        String id = ApplicationFixtures.draft(applicant, withPassport(ProgrammeFixtures.openIntake(
                ProgrammeFixtures.mbbs(), 5)));

        reveal(officer(), id, " ").then().statusCode(400);
        given().auth().oauth2(admin()).get("/api/admissions/applications/" + id + "/passport/reveals").then()
                .statusCode(200).body("$", hasSize(0));
        reveal(officer(), id, "JW202 form for the visa").then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("number", equalTo(NUMBER)).body("expiry", equalTo("2031-05-17"));
        given().auth().oauth2(admin()).get("/api/admissions/applications/" + id + "/passport/reveals").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].revealedBy", equalTo("sun.li"))
                .body("[0].reason", equalTo("JW202 form for the visa")).body("[0].field", equalTo("passport"));

        reveal(staff(), id, "curious").then().statusCode(403);
        reveal(applicant.token(), id, "mine").then().statusCode(403);
        given().auth().oauth2(officer()).get("/api/admissions/applications/" + id + "/passport/reveals").then()
                .statusCode(403);
        reveal(officer(), UUID.randomUUID().toString(), "guess").then().statusCode(404);
        String without = ApplicationFixtures.draft(Applicant.fresh(), "{}");
        reveal(officer(), without, "nothing to read").then().statusCode(404);
        given().auth().oauth2(admin()).get("/api/admissions/applications/" + id + "/passport/reveals").then()
                .statusCode(200).body("$", hasSize(1));
    }

    private static String withPassport(String intake) {
        return ApplicationFixtures.completeBody(intake).replace("\"nationality\": \"PK\",",
                "\"nationality\": \"PK\", \"passportNumber\": \"pk7730219\", \"passportExpiry\": \"2031-05-17\",");
    }

    private static io.restassured.response.Response reveal(String token, String id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reason\": \"%s\"}".formatted(reason))
                .post("/api/admissions/applications/" + id + "/passport/reveal");
    }
}
