package edu.meridian.admissions.programme;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.unique;
import static edu.meridian.admissions.programme.ProgrammeFixtures.intakeBody;
import static edu.meridian.admissions.programme.ProgrammeFixtures.mbbsBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void anOfficerAddsAProgrammeThatEveryoneInAdmissionsReads() {
        String code = "MBBS-" + unique().toUpperCase();
        String id = ProgrammeFixtures.programme(mbbsBody(code, "\"transcript\", \"passport\", \"passport\""));
        given().auth().oauth2(Applicant.fresh().token()).get("/api/admissions/programmes/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("code", equalTo(code)).body("tuition.currency", equalTo("CNY"))
                .body("languageRequirement.minIelts", equalTo(6.0f))
                .body("requiredDocuments", contains("passport", "transcript"));
        given().auth().oauth2(AdmissionsFixtures.staff()).get("/api/admissions/programmes").then().statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void aCodeIsUniqueAndTuitionInAnIso4217Currency() {
        String code = "NURS-" + unique().toUpperCase();
        ProgrammeFixtures.programme(mbbsBody(code, ""));
        create(mbbsBody(code, "")).then().statusCode(400).body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("duplicate"));
        create(mbbsBody("X-" + unique().toUpperCase(), "").replace("CNY", "ZZZ")).then().statusCode(400)
                .body("errors[0].field", equalTo("tuition.currency"));
        create(mbbsBody("X-" + unique().toUpperCase(), "\"visa\"")).then().statusCode(400);
    }

    @Test
    void updatesNeedTheCurrentVersionAndAreKeptAsVersions() {
        String code = "MSC-" + unique().toUpperCase();
        String id = ProgrammeFixtures.programme(mbbsBody(code, ""));
        String changed = mbbsBody(code, "\"passport\"").replace("45000", "48000");
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body(changed)
                .put("/api/admissions/programmes/" + id).then().statusCode(428);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .put("/api/admissions/programmes/" + id).then().statusCode(412);
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/admissions/programmes/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("tuition.amount", equalTo(48000));
        given().auth().oauth2(officer()).get("/api/admissions/programmes/" + id + "/versions").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    void anIntakeHasAWindowBeforeItsStartAndOneStartPerDay() {
        String programme = ProgrammeFixtures.mbbs();
        LocalDate today = AdmissionsFixtures.today();
        String body = intakeBody(programme, today.minusDays(1), today.plusDays(30), today.plusDays(90), 60);
        String id = given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/intakes").then().statusCode(201).body("takingApplications", equalTo(true))
                .body("programmeCode", org.hamcrest.Matchers.startsWith("MBBS-")).extract().path("id");
        given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body).post("/api/admissions/intakes")
                .then().statusCode(400).body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].code", equalTo("duplicate"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(intakeBody(programme, today, today.plusDays(30), today.plusDays(10), 60))
                .post("/api/admissions/intakes").then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
        given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .body(intakeBody(java.util.UUID.randomUUID().toString(), today, today.plusDays(30), today.plusDays(90), 1))
                .post("/api/admissions/intakes").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-reference"));
        given().auth().oauth2(Applicant.fresh().token()).queryParam("open", true).queryParam("programmeId", programme)
                .get("/api/admissions/intakes").then().statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(intakeBody(ProgrammeFixtures.mbbs(), today, today.plusDays(30), today.plusDays(90), 60))
                .put("/api/admissions/intakes/" + id).then().statusCode(400)
                .body("errors[0].code", equalTo("unchangeable"));
    }

    private static Response create(String body) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body).post("/api/admissions/programmes");
    }
}
