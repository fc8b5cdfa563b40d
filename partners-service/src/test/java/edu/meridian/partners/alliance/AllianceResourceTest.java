package edu.meridian.partners.alliance;

import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static edu.meridian.partners.PartnersFixtures.institution;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AllianceResourceTest {

    static final DemoCaller STAFF = Callers.WANG_FANG;
    static final DemoCaller ADMIN = Callers.ZHANG_WEI;
    static final DemoCaller LEADERSHIP = Callers.CHEN_JIE;
    static final DemoCaller STUDENT = Callers.LIU_YANG;
    static final String PATH = "/api/partners/alliances";

    static String body(String nameZh, String nameEn, String role, String membersJson) {
        return """
                {"name": {"zh": "%s", "en": "%s"}, "abbreviation": "BRIMEA",
                 "description": "A network of medical universities along the Belt and Road",
                 "website": "https://brimea.example.org", "memberSince": "2019-11-08", "ourRole": "%s",
                 "members": %s}""".formatted(nameZh, nameEn, role, membersJson);
    }

    static ExtractableResponse<Response> create(String body) {
        return given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(201).extract();
    }

    @Test
    void createsReadsUpdatesAndListsAnAllianceWithItsMembers() {
        String tag = unique();
        String manchester = institution("University of Manchester " + tag, "曼彻斯特大学" + tag, "GB");
        String nus = institution("National University of Singapore " + tag, "新加坡国立大学" + tag, "SG");
        String deakin = institution("Deakin University " + tag, "迪肯大学" + tag, "AU");

        ExtractableResponse<Response> created = given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("一带一路国际医学教育联盟" + tag, "Belt and Road International Medical Education Alliance " + tag,
                        "founding_member", """
                                [{"institutionId": "%s", "joinedOn": "2019-11-08"}, {"institutionId": "%s"}]"""
                                .formatted(manchester, nus)))
                .post(PATH)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("ourRole", equalTo("founding_member"))
                .body("memberSince", equalTo("2019-11-08"))
                .body("members", hasSize(2))
                .body("members[0].institutionId", equalTo(manchester))
                .body("members[0].name.en", equalTo("University of Manchester " + tag))
                .body("members[0].country", equalTo("GB"))
                .body("members[0].countryName.zh", equalTo("英国"))
                .body("members[0].joinedOn", equalTo("2019-11-08"))
                .body("members[1].name.zh", equalTo("新加坡国立大学" + tag))
                .body("members[1].joinedOn", nullValue())
                .body("createdBy", equalTo("wang.fang"))
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(PATH + "/" + id));

        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name.en", equalTo("Belt and Road International Medical Education Alliance " + tag))
                .body("abbreviation", equalTo("BRIMEA"))
                .body("members.institutionId", contains(manchester, nus));

        // reorder, drop one, add one, change our role
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("一带一路国际医学教育联盟" + tag, "Belt and Road International Medical Education Alliance " + tag,
                        "council_member", """
                                [{"institutionId": "%s", "joinedOn": "2021-03-01"}, {"institutionId": "%s"}]"""
                                .formatted(deakin, manchester)))
                .put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("ourRole", equalTo("council_member"))
                .body("members.institutionId", contains(deakin, manchester))
                .body("members[0].countryName.en", equalTo("Australia"))
                .body("members[1].joinedOn", nullValue());

        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id)
                .then().statusCode(200).body("members.institutionId", contains(deakin, manchester));

        given().auth().oauth2(LEADERSHIP.token()).queryParam("q", "medical education alliance " + tag)
                .get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].memberCount", equalTo(2))
                .body("items[0].ourRole", equalTo("council_member"));

        given().auth().oauth2(LEADERSHIP.token()).queryParam("member", deakin).get(PATH)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(LEADERSHIP.token()).queryParam("member", nus).get(PATH)
                .then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id + "/versions")
                .then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[1].changedFields", hasItems("members", "ourRole"))
                .body("[1].changedBy", equalTo("wang.fang"));
    }

    @Test
    void comparesTwoVersionsFieldByField() {
        String tag = unique();
        String nus = institution("National University of Singapore " + tag, "新加坡国立大学" + tag, "SG");
        String id = create(body("亚洲大学联盟" + tag, "Asian Universities Alliance " + tag, "member", "[]")).path("id");
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("亚洲大学联盟" + tag, "Asian Universities Alliance " + tag, "council_member",
                        "[{\"institutionId\": \"%s\"}]".formatted(nus)))
                .put(PATH + "/" + id)
                .then().statusCode(200);

        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).queryParam("to", 2)
                .get(PATH + "/" + id + "/versions/compare")
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.field", contains("members", "ourRole"))
                .body("changes[1].from", equalTo("member")).body("changes[1].to", equalTo("council_member"));
        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).queryParam("to", 3)
                .get(PATH + "/" + id + "/versions/compare").then().statusCode(404);
        given().auth().oauth2(LEADERSHIP.token()).queryParam("to", 2).get(PATH + "/" + id + "/versions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(LEADERSHIP.token()).queryParam("from", 1).queryParam("to", 2)
                .get(PATH + "/" + java.util.UUID.randomUUID() + "/versions/compare").then().statusCode(404);
    }

    @Test
    void filtersByChineseNameSortsAndPages() {
        String tag = unique();
        String first = create(body("南亚东南亚医学教育与医疗卫生联盟" + tag, "South and Southeast Asia Alliance A" + tag,
                "member", "[]")).path("id");
        String second = create(body("南亚东南亚医学教育与医疗卫生联盟" + tag + "乙", "South and Southeast Asia Alliance B" + tag,
                "secretariat", "[]")).path("id");
        create(body("其他联盟" + tag, "Another network " + tag, "member", "[]"));

        given().auth().oauth2(STAFF.token()).queryParam("q", "医学教育与医疗卫生联盟" + tag).queryParam("sort", "-name")
                .queryParam("size", 1)
                .get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(second));
        given().auth().oauth2(STAFF.token()).queryParam("q", "医学教育与医疗卫生联盟" + tag).queryParam("sort", "-name")
                .queryParam("size", 1).queryParam("page", 1)
                .get(PATH)
                .then().statusCode(200).body("items[0].id", equalTo(first));

        given().auth().oauth2(STAFF.token()).queryParam("sort", "colour").get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
        given().auth().oauth2(STAFF.token()).queryParam("member", "manchester").get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("member"));
    }

    @Test
    void refusesInvalidInputNamingTheFields() {
        String member = institution("Teesside University " + unique(), "提赛德大学" + unique(), "GB");

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body("""
                        {"abbreviation": "X"}""")
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:validation"))
                .body("errors.field", hasItems("name", "ourRole"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body("""
                        {"name": {"zh": "", "en": "Alliance"}, "ourRole": "member"}""")
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("name.zh"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "president", "[]"))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ourRole"))
                .body("errors[0].message", containsString("founding_member"))
                .body("errors[0].code", equalTo("one-of")).body("errors[0].params.allowed", hasItem("founding_member"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", "[]").replace("\"2019-11-08\"", "\"8 November 2019\""))
                .post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("memberSince"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", """
                        [{"institutionId": 42}]"""))
                .post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("members[0].institutionId"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", "[]").replace("BRIMEA", "B".repeat(41)))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("abbreviation"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", "[]").replace("https://brimea.example.org", "brimea.org"))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("website"));

        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", """
                        [{"institutionId": "%s"}, {"institutionId": "%s"}]""".formatted(member, unknown)))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("members[1].institutionId"))
                .body("errors[0].message", containsString(unknown));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", """
                        [{"institutionId": "%s"}, {"institutionId": "%s"}]""".formatted(member, member)))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("members[1].institutionId"));

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body(body("联盟", "Alliance", "member", "[null]"))
                .post(PATH)
                .then().statusCode(400).body("errors.field", contains("members[0]"));
    }

    @Test
    void updatesAndDeletionsNeedTheCurrentETag() {
        String tag = unique();
        String id = create(body("联盟" + tag, "Alliance " + tag, "member", "[]")).path("id");
        String update = body("联盟" + tag, "Alliance " + tag, "vice_chair", "[]");

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body(update).put(PATH + "/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:precondition-required"));
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:precondition-failed"));

        given().auth().oauth2(ADMIN.token()).delete(PATH + "/" + id).then().statusCode(428);
        given().auth().oauth2(ADMIN.token()).header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(412);
        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id).then().statusCode(200).body("ourRole", equalTo("vice_chair"));

        given().auth().oauth2(ADMIN.token()).header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyOfficeStaffWriteAndOnlyOfficeAdminsDelete() {
        String tag = unique();
        String valid = body("联盟" + tag, "Alliance " + tag, "member", "[]");

        given().auth().oauth2(LEADERSHIP.token()).contentType(ContentType.JSON).body(valid).post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(LEADERSHIP.token()).queryParam("q", tag).get(PATH)
                .then().statusCode(200).body("total", equalTo(0));

        String id = create(valid).path("id");
        given().auth().oauth2(LEADERSHIP.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(valid)
                .put(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(STAFF.token()).header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(403);

        given().auth().oauth2(STUDENT.token()).get(PATH).then().statusCode(403);
        given().auth().oauth2(STUDENT.token()).get(PATH + "/" + id).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
        given().contentType(ContentType.JSON).body(valid).post(PATH).then().statusCode(401);
        given().auth().oauth2(Callers.WANG_FANG.tokens().audience("other-api").sign())
                .get(PATH).then().statusCode(401);

        for (String role : List.of(Roles.COLLEGE_LIAISON, Roles.REVIEWER, Roles.FACULTY, Roles.ADMISSIONS_OFFICER,
                Roles.CAMPUS_SYSTEM)) {
            given().auth().oauth2(Callers.withRole(role).token()).get(PATH + "/" + id).then().statusCode(200);
        }
        given().auth().oauth2(STAFF.token()).get(PATH + "/" + id).then().statusCode(200).body("createdBy", equalTo("wang.fang"));
    }
}
