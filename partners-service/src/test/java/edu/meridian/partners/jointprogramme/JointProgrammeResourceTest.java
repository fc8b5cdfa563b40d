package edu.meridian.partners.jointprogramme;

import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static edu.meridian.partners.PartnersFixtures.institution;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class JointProgrammeResourceTest {

    static final DemoCaller STAFF = Callers.WANG_FANG;
    static final DemoCaller ADMIN = Callers.ZHANG_WEI;
    static final DemoCaller LEADERSHIP = Callers.CHEN_JIE;
    static final DemoCaller STUDENT = Callers.LIU_YANG;
    static final String PATH = "/api/partners/joint-programmes";

    /** A planned bachelor's programme in nursing with the given foreign partner, without its approval. */
    static String planned(String tag, String partnerId) {
        return """
                {"name": {"zh": "护理学专业本科教育项目%1$s", "en": "Nursing BSc programme %1$s"},
                 "chinesePartner": {"name": {"zh": "护理学院", "en": "School of Nursing"}, "unit": "nursing"},
                 "foreignPartnerId": "%2$s",
                 "majors": [{"code": "101101K", "name": {"zh": "护理学", "en": "Nursing"}}],
                 "level": "bachelor", "durationYears": 4, "mode": "3+1", "annualIntake": 60,
                 "credentialsAwarded": "both", "importedCoreCourseShare": 35.5,
                 "creditRecognition": [
                   {"ourCourse": {"code": "NUR201", "name": {"zh": "成人护理学", "en": "Adult Nursing"}, "credits": 4},
                    "partnerCourse": {"code": "NU2101", "name": "Adult Health Nursing", "credits": 6}}]}"""
                .formatted(tag, partnerId);
    }

    /** The same programme with its approval certificate. */
    static String approvedBody(String tag, String partnerId, String validFrom, String validTo) {
        return planned(tag, partnerId).replace("\"majors\"", """
                "certificateNumber": "MOE33SG2A2020%s", "issuingAuthority": "Ministry of Education",
                 "approvalValidity": {"from": "%s", "to": "%s"},
                 "majors\"""".formatted(tag.substring(0, 4), validFrom, validTo));
    }

    static ExtractableResponse<Response> create(String body) {
        return given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(201).extract();
    }

    static void transition(String id, String etag, String to, String reason, int status) {
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(reason == null ? "{\"to\": \"%s\"}".formatted(to)
                        : "{\"to\": \"%s\", \"reason\": \"%s\"}".formatted(to, reason))
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(status);
    }

    @Test
    void createsReadsUpdatesAndListsAProgramme() {
        String tag = unique();
        String partner = institution("Ngee Ann Polytechnic " + tag, "义安理工学院" + tag, "SG");

        ExtractableResponse<Response> created = given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(planned(tag, partner))
                .post(PATH)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("planned"))
                .body("allowedTransitions", contains("approved", "closed"))
                .body("name.zh", equalTo("护理学专业本科教育项目" + tag))
                .body("chinesePartner.name.en", equalTo("School of Nursing"))
                .body("chinesePartner.unit", equalTo("nursing"))
                .body("foreignPartnerId", equalTo(partner))
                .body("foreignPartner.name.en", equalTo("Ngee Ann Polytechnic " + tag))
                .body("foreignPartner.countryName.zh", equalTo("新加坡"))
                .body("majors[0].code", equalTo("101101K"))
                .body("majors[0].name.zh", equalTo("护理学"))
                .body("level", equalTo("bachelor"))
                .body("durationYears", equalTo(4))
                .body("mode", equalTo("3+1"))
                .body("annualIntake", equalTo(60))
                .body("credentialsAwarded", equalTo("both"))
                .body("importedCoreCourseShare", equalTo(35.5f))
                .body("creditRecognition[0].ourCourse.name.en", equalTo("Adult Nursing"))
                .body("creditRecognition[0].ourCourse.credits", equalTo(4))
                .body("creditRecognition[0].partnerCourse.name", equalTo("Adult Health Nursing"))
                .body("creditRecognition[0].partnerCourse.credits", equalTo(6))
                .body("certificateNumber", nullValue())
                .body("approvalValidity", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith(PATH + "/" + id));

        // readers see the programme, but no transitions
        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("mode", equalTo("3+1"))
                .body("allowedTransitions", empty());

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(approvedBody(tag, partner, "2020-09-01", "2030-08-31")
                        .replace("\"3+1\"", "\"4+0\"").replace("\"annualIntake\": 60", "\"annualIntake\": 90"))
                .put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("mode", equalTo("4+0"))
                .body("annualIntake", equalTo(90))
                .body("certificateNumber", equalTo("MOE33SG2A2020" + tag.substring(0, 4)))
                .body("issuingAuthority", equalTo("Ministry of Education"))
                .body("approvalValidity.from", equalTo("2020-09-01"))
                .body("approvalValidity.to", equalTo("2030-08-31"))
                .body("status", equalTo("planned"));

        given().auth().oauth2(LEADERSHIP.token()).queryParam("foreignPartnerId", partner).get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].foreignPartner.name.zh", equalTo("义安理工学院" + tag))
                .body("items[0].annualIntake", equalTo(90))
                .body("items[0].allowedTransitions", empty());
        given().auth().oauth2(STAFF.token()).queryParam("q", "ngee ann polytechnic " + tag).get(PATH)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].allowedTransitions", contains("approved", "closed"));
        given().auth().oauth2(STAFF.token()).queryParam("q", "MOE33SG2A2020" + tag.substring(0, 4)).get(PATH)
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(STAFF.token()).queryParam("foreignPartnerId", partner).queryParam("level", "master").get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(STAFF.token()).queryParam("foreignPartnerId", partner).queryParam("status", "approved").get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(STAFF.token()).queryParam("foreignPartnerId", partner).queryParam("level", "bachelor")
                .queryParam("status", "planned").get(PATH)
                .then().statusCode(200).body("total", equalTo(1));

        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id + "/versions")
                .then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[1].changedFields", hasItems("mode", "annualIntake", "certificateNumber"));
    }

    @Test
    void comparesTwoVersionsFieldByField() {
        String tag = unique();
        String partner = institution("University of Dundee " + tag, "邓迪大学" + tag, "GB");
        String id = create(planned(tag, partner)).path("id");
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(planned(tag, partner).replace("\"annualIntake\": 60", "\"annualIntake\": 80"))
                .put(PATH + "/" + id)
                .then().statusCode(200);

        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).queryParam("to", 2)
                .get(PATH + "/" + id + "/versions/compare")
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.field", contains("annualIntake"))
                .body("changes[0].from", equalTo(60)).body("changes[0].to", equalTo(80));
        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).queryParam("to", 3)
                .get(PATH + "/" + id + "/versions/compare").then().statusCode(404);
        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).get(PATH + "/" + id + "/versions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void movesThroughItsLifecycleAndRefusesIllegalTransitions() {
        String tag = unique();
        String partner = institution("University of South Australia " + tag, "南澳大学" + tag, "AU");
        String id = create(planned(tag, partner)).path("id");

        // not approvable without the approval certificate
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"approved\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:approval-incomplete"))
                .body("missingFields", contains("certificateNumber", "issuingAuthority", "approvalValidity.from",
                        "approvalValidity.to"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(approvedBody(tag, partner, "2021-09-01", "2031-08-31")).put(PATH + "/" + id)
                .then().statusCode(200);

        // planned → enrolling skips the approval
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"to\": \"enrolling\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("allowedTransitions", contains("approved", "closed"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"to\": \"approved\", \"reason\": \"Approved by the Ministry\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("approved"))
                .body("allowedTransitions", contains("enrolling", "closed"));

        // an approved programme keeps its approval
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(planned(tag, partner)).put(PATH + "/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("certificateNumber", "issuingAuthority", "approvalValidity.from",
                        "approvalValidity.to"));

        transition(id, "\"2\"", "enrolling", null, 200);

        given().auth().oauth2(ADMIN.token()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"to\": \"approved\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("detail", containsString("enrolling"))
                .body("allowedTransitions", contains("closed"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"to\": \"closed\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(400).body("errors.field", contains("reason"));
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"to\": \"archived\", \"reason\": \"x\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(400).body("errors.field", contains("to"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"to\": \"closed\", \"reason\": \"Last cohort graduated\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("allowedTransitions", empty());

        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + id + "/versions")
                .then().statusCode(200)
                .body("action", contains("created", "updated", "status approved", "status enrolling", "status closed"))
                .body("[2].reason", equalTo("Approved by the Ministry"))
                .body("[4].reason", equalTo("Last cohort graduated"))
                .body("[4].changedFields", contains("status"));
        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + id + "/versions/5")
                .then().statusCode(200).body("snapshot.status", equalTo("closed"));
    }

    @Test
    void updatesAndTransitionsNeedTheCurrentETag() {
        String tag = unique();
        String partner = institution("Technical University of Munich " + tag, "慕尼黑工业大学" + tag, "DE");
        String id = create(planned(tag, partner)).path("id");

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body(planned(tag, partner)).put(PATH + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body("{\"to\": \"closed\", \"reason\": \"x\"}")
                .post(PATH + "/" + id + "/transitions")
                .then().statusCode(428);

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(planned(tag, partner)).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(planned(tag, partner)).put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        transition(id, "\"0\"", "closed", "Abandoned", 412);
        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id).then().body("status", equalTo("planned"));
    }

    @Test
    void refusesInvalidInputNamingTheFields() {
        String tag = unique();
        String partner = institution("Southern Utah University " + tag, "南犹他大学" + tag, "US");
        String valid = planned(tag, partner);

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body("{}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "chinesePartner", "foreignPartnerId", "majors", "level",
                        "durationYears", "mode", "annualIntake", "credentialsAwarded"));

        assertInvalid(valid.replace("\"annualIntake\": 60", "\"annualIntake\": \"many\""), "annualIntake");
        assertInvalid(valid.replace("\"annualIntake\": 60", "\"annualIntake\": -1"), "annualIntake");
        assertInvalid(valid.replace("\"level\": \"bachelor\"", "\"level\": \"phd\""), "level");
        assertInvalid(valid.replace("\"credentialsAwarded\": \"both\"", "\"credentialsAwarded\": \"dual\""),
                "credentialsAwarded");
        assertInvalid(valid.replace("\"mode\": \"3+1\"", "\"mode\": \"three plus one\""), "mode");
        assertInvalid(valid.replace("35.5", "100.5"), "importedCoreCourseShare");
        assertInvalid(valid.replace("35.5", "-1"), "importedCoreCourseShare");
        assertInvalid(valid.replace("101101K", "nursing"), "majors[0].code");
        assertInvalid(valid.replace("\"Adult Health Nursing\"", "\"\""), "creditRecognition[0].partnerCourse.name");
        assertInvalid(valid.replace("\"credits\": 4", "\"credits\": \"four\""), "creditRecognition[0].ourCourse.credits");
        assertInvalid(valid.replace("\"unit\": \"nursing\"", "\"unit\": \"School of Nursing\""), "chinesePartner.unit");
        assertInvalid(valid.replace("[{\"code\": \"101101K\", \"name\": {\"zh\": \"护理学\", \"en\": \"Nursing\"}}]", "[]"),
                "majors");
        assertInvalid(approvedBody(tag, partner, "2020-09-01", "2030-08-31").replace("Ministry of Education", "M".repeat(201)),
                "issuingAuthority");
        assertInvalid(valid.replace("\"majors\"", "\"certificateNumber\": \"%s\", \"majors\"".formatted("9".repeat(61))),
                "certificateNumber");
        assertInvalid(approvedBody(tag, partner, "2030-09-01", "2020-08-31"), "approvalValidity.to");
        assertInvalid(approvedBody(tag, partner, "2020-02-30", "2030-08-31"), "approvalValidity.from");
        assertInvalid(valid.replace(partner, UUID.randomUUID().toString()), "foreignPartnerId");
        assertInvalid(valid.replace(partner, "nanyang"), "foreignPartnerId");

        given().auth().oauth2(STAFF.token()).queryParam("sort", "intake").get(PATH)
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(STAFF.token()).queryParam("level", "phd").get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("level"));
        given().auth().oauth2(STAFF.token()).queryParam("status", "open").get(PATH)
                .then().statusCode(400).body("errors.field", contains("status"));
        given().auth().oauth2(STAFF.token()).queryParam("foreignPartnerId", "nanyang").get(PATH)
                .then().statusCode(400).body("errors.field", contains("foreignPartnerId"));
    }

    private static void assertInvalid(String body, String field) {
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void onlyOfficeStaffWriteAndStudentsSeeNothing() {
        String tag = unique();
        String partner = institution("Erasmus University Rotterdam " + tag, "鹿特丹伊拉斯姆斯大学" + tag, "NL");
        given().auth().oauth2(LEADERSHIP.token()).contentType(ContentType.JSON).body(planned(tag, partner)).post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        String id = create(planned(tag, partner)).path("id");

        given().auth().oauth2(LEADERSHIP.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(planned(tag, partner)).put(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(LEADERSHIP.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"closed\", \"reason\": \"x\"}").post(PATH + "/" + id + "/transitions")
                .then().statusCode(403);
        given().auth().oauth2(Callers.LI_NA.token()).get(PATH + "/" + id)
                .then().statusCode(200).body("allowedTransitions", empty());

        given().auth().oauth2(STUDENT.token()).get(PATH).then().statusCode(403);
        given().auth().oauth2(STUDENT.token()).get(PATH + "/" + id).then().statusCode(403);
        given().get(PATH + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(planned(tag, partner)).post(PATH).then().statusCode(401);

        given().auth().oauth2(STAFF.token()).get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
