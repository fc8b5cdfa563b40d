package edu.meridian.partners.institution;

import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static edu.meridian.partners.PartnersFixtures.admin;
import static edu.meridian.partners.PartnersFixtures.institution;
import static edu.meridian.partners.PartnersFixtures.leader;
import static edu.meridian.partners.PartnersFixtures.register;
import static edu.meridian.partners.PartnersFixtures.staff;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InstitutionResourceTest {

    private static final String PATH = "/api/partners/institutions";

    @Test
    void registersAnInstitutionAndReadsItBack() {
        String name = unique("Nanyang Polytechnic");
        var created = register(name);
        String id = created.path("id");

        given().auth().oauth2(staff()).get(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name.en", equalTo(name))
                .body("status", equalTo("prospective"))
                .body("countryName.zh", equalTo("新加坡"))
                .body("countryName.en", equalTo("Singapore"))
                .body("owner", equalTo("wang.fang"))
                .body("createdBy", equalTo("wang.fang"))
                .body("activeAgreements", equalTo(0))
                .body("contacts[0].name", equalTo("Tan Mei Ling"))
                .body("contacts[0].id", notNullValue())
                .body("allowedTransitions", contains("active", "inactive"));
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith(PATH + "/" + id);
    }

    @Test
    void readOnlyRolesSeeNoTransitionsAndMachinesNoContacts() {
        String id = register(unique("Deakin University")).path("id");

        given().auth().oauth2(leader()).get(PATH + "/" + id)
                .then().statusCode(200).body("allowedTransitions", hasSize(0)).body("contacts[0].name", equalTo("Tan Mei Ling"));
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(PATH + "/" + id)
                .then().statusCode(200).body("contacts", nullValue()).body("name.en", notNullValue());
    }

    @Test
    void searchesChineseAndEnglishNamesPartiallyIgnoringCaseAndFilters() {
        String marker = unique("Filterable").replace(" ", "");
        register(marker + " University of Manchester");
        String body = institution(marker + " Teesside University").replace("\"SG\"", "\"GB\"").replace("\"university\"", "\"hospital\"");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);

        given().auth().oauth2(staff()).queryParam("q", marker.toLowerCase() + " university of").get(PATH)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name.en", containsString("Manchester"));
        given().auth().oauth2(staff()).queryParam("q", "南洋理工学院 " + marker).get(PATH)
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("country", "GB").queryParam("kind", "hospital").get(PATH)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].countryName.zh", equalTo("英国"));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("tag", "nursing").queryParam("status", "prospective")
                .queryParam("owner", "wang.fang").queryParam("sort", "name").queryParam("size", 1).get(PATH)
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1)).body("size", equalTo(1))
                .body("items[0].name.en", containsString("Teesside"));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("status", "active").get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(staff()).queryParam("q", "100%_" + marker).get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=population", "size=0", "size=201", "page=-1", "kind=castle", "status=gone",
            "country=Singapore", "expiringWithinDays=-3", "expiringWithinDays=abc"})
    void refusesBadListParametersWithAProblem(String parameter) {
        given().auth().oauth2(staff()).get(PATH + "?" + parameter)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", notNullValue());
    }

    @Test
    void reportsEveryInvalidFieldAndChangesNothing() {
        long before = total();
        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body("""
                        {"name": {"zh": "", "en": "%s"}, "country": "sg", "kind": "university",
                         "rorId": "not-a-ror", "website": "javascript:alert(1)",
                         "contacts": [{"name": "", "email": "not-an-email"}], "tags": ["%s"]}"""
                        .formatted("x".repeat(301), "t".repeat(41)))
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:validation"))
                .body("errors.field", hasItems("name.zh", "name.en", "country", "rorId", "website",
                        "contacts[0].name", "contacts[0].email"));
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": {\"zh\": \"甲\", \"en\": \"A\"}, \"country\": \"SG\", \"kind\": \"castle\"}",
            "{\"name\": \"Nanyang\", \"country\": \"SG\", \"kind\": \"university\"}",
            "{\"name\": {\"zh\": \"甲\", \"en\": \"A\"}, \"country\": \"SG\", \"kind\": \"university\", \"tags\": \"nursing\"}",
            "{\"name\": {\"zh\": \"甲\", \"en\": \"A\"}, \"country\": \"SG\", \"kind\": \"university\", \"status\": \"active\"}",
            "{\"name\": {\"zh\": \"甲\", \"en\": \"A\"}, \"country\": \"SG\"",
            "[]", "null", ""})
    void refusesMalformedBodiesWith400(String body) {
        long before = total();
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownCountryCodeAndAWrongMediaType() {
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(institution(unique("Atlantis")).replace("\"SG\"", "\"XX\""))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("country"));
        given().auth().oauth2(staff()).contentType(ContentType.XML).body("<institution/>")
                .post(PATH).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void flagsAProbableDuplicateUntilTheCallerConfirms() {
        String name = unique("University of British Columbia");
        String first = register(name).path("id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(institution("The " + name.toUpperCase() + "."))
                .post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:probable-duplicate"))
                .body("duplicates.id", hasItem(first));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(institution("The " + name.toUpperCase() + "."))
                .queryParam("confirmDuplicate", true).post(PATH)
                .then().statusCode(201);
    }

    @Test
    void flagsTheSameRorIdAsADuplicate() {
        String ror = "0" + java.util.UUID.randomUUID().toString().replaceAll("[^a-h0-9]", "").substring(0, 6) + "42";
        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(institution(unique("Erasmus University Rotterdam")).replace("\"kind\"", "\"rorId\": \"" + ror + "\", \"kind\""))
                .post(PATH).then().statusCode(201);
        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(institution(unique("EUR")).replace("\"kind\"", "\"rorId\": \"" + ror + "\", \"kind\""))
                .post(PATH).then().statusCode(409).body("type", equalTo("urn:meridian:problem:probable-duplicate"));
    }

    @Test
    void updatesRequireTheCurrentETag() {
        String name = unique("Southern Utah University");
        var created = register(name);
        String id = created.path("id");
        String changed = institution(name).replace("\"Singapore\"", "\"Cedar City\"");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(changed).put(PATH + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(changed)
                .put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("city", equalTo("Cedar City"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(changed)
                .put(PATH + "/" + id)
                .then().statusCode(412);
    }

    @Test
    void statusFollowsItsLifecycleAndIllegalMovesAreConflicts() {
        var created = register(unique("San Francisco State University"));
        String id = created.path("id");

        String etag = transition(id, created.header("ETag"), "active").then().statusCode(200)
                .body("status", equalTo("active")).body("allowedTransitions", contains("inactive"))
                .extract().header("ETag");
        transition(id, etag, "prospective").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:illegal-transition"))
                .body("allowedTransitions", contains("inactive"));
        transition(id, etag, "dormant").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(leader()).contentType(ContentType.JSON).header("If-Match", etag).body("{\"to\": \"inactive\"}")
                .post(PATH + "/" + id + "/transitions").then().statusCode(403).contentType("application/problem+json");
        transition(id, null, "inactive").then().statusCode(428);
    }

    @Test
    void keepsTheReasonOfAStatusChangeInTheHistoryWhateverItsLength() {
        var created = register(unique("Technical University of Munich"));
        String id = created.path("id");
        String reason = "合作协议已签署，".repeat(200);

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("{\"to\": \"active\", \"reason\": \"" + reason + "\"}")
                .post(PATH + "/" + id + "/transitions").then().statusCode(200);

        given().auth().oauth2(staff()).get(PATH + "/" + id + "/versions")
                .then().statusCode(200).body("[1].action", equalTo("status active")).body("[1].reason", equalTo(reason));
    }

    @Test
    void keepsEveryVersionAndComparesTwo() {
        String name = unique("University of Arizona");
        var created = register(name);
        String id = created.path("id");
        String etag = given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(institution(name).replace("\"Singapore\"", "\"Tucson\"").replace("\"SG\"", "\"US\""))
                .put(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        transition(id, etag, "active").then().statusCode(200);

        given().auth().oauth2(leader()).get(PATH + "/" + id + "/versions")
                .then().statusCode(200)
                .body("version", contains(1, 2, 3))
                .body("action", contains("registered", "updated", "status active"))
                .body("changedBy", contains("wang.fang", "zhang.wei", "wang.fang"))
                .body("[1].changedFields", contains("city", "country"));
        given().auth().oauth2(leader()).get(PATH + "/" + id + "/versions/compare?from=1&to=3")
                .then().statusCode(200)
                .body("changes.field", contains("city", "country", "status"))
                .body("changes[0].from", equalTo("Singapore")).body("changes[0].to", equalTo("Tucson"));
        given().auth().oauth2(leader()).get(PATH + "/" + id + "/versions/2")
                .then().statusCode(200).body("snapshot.city", equalTo("Tucson")).body("snapshot.contacts", equalTo(1));
        given().auth().oauth2(leader()).get(PATH + "/" + id + "/versions/9").then().statusCode(404);
        given().auth().oauth2(leader()).get(PATH + "/" + id + "/versions/compare?from=1").then().statusCode(400);
    }

    @Test
    void erasesAContactEverywhereItWasShown() {
        var created = register(unique("Korea International Medical Culture Exchange Association"));
        String id = created.path("id");
        String contactId = created.path("contacts[0].id");

        given().auth().oauth2(staff()).delete(PATH + "/" + id + "/contacts/" + contactId)
                .then().statusCode(200).body("contacts", hasSize(0));
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/versions/2")
                .then().statusCode(200).body("snapshot.contacts", equalTo(0)).body(org.hamcrest.Matchers.not(containsString("Tan Mei Ling")));
        given().auth().oauth2(staff()).delete(PATH + "/" + id + "/contacts/" + contactId).then().statusCode(404);
    }

    @Test
    void unknownIdsAre404AndMalformedIdsAre404Too() {
        given().auth().oauth2(staff()).get(PATH + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:not-found"));
        given().auth().oauth2(staff()).get(PATH + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void servesTheCuratedCountryList() {
        given().auth().oauth2(leader()).get("/api/partners/countries")
                .then().statusCode(200)
                .body("find { it.code == 'TW' }.name.zh", equalTo("中国台湾"))
                .body("find { it.code == 'HK' }.name.en", equalTo("Hong Kong, China"))
                .body("find { it.code == 'NL' }.name.zh", equalTo("荷兰"))
                .body("code", everyItem(org.hamcrest.Matchers.matchesPattern("[A-Z]{2}")));
    }

    private static io.restassured.response.Response transition(String id, String etag, String to) {
        var request = given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"to\": \"" + to + "\"}");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post(PATH + "/" + id + "/transitions");
    }

    private static long total() {
        return given().auth().oauth2(staff()).get(PATH).then().statusCode(200).extract().<Integer>path("total");
    }
}
