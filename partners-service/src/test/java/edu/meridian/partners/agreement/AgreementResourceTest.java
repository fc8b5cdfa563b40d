package edu.meridian.partners.agreement;

import edu.meridian.testing.Callers;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static edu.meridian.partners.agreement.AgreementFixtures.AGREEMENTS;
import static edu.meridian.partners.agreement.AgreementFixtures.admin;
import static edu.meridian.partners.agreement.AgreementFixtures.agreementIn;
import static edu.meridian.partners.agreement.AgreementFixtures.create;
import static edu.meridian.partners.agreement.AgreementFixtures.createDraft;
import static edu.meridian.partners.agreement.AgreementFixtures.draft;
import static edu.meridian.partners.agreement.AgreementFixtures.etag;
import static edu.meridian.partners.agreement.AgreementFixtures.institution;
import static edu.meridian.partners.agreement.AgreementFixtures.leadership;
import static edu.meridian.partners.agreement.AgreementFixtures.liaison;
import static edu.meridian.partners.agreement.AgreementFixtures.otherUnitsDraft;
import static edu.meridian.partners.agreement.AgreementFixtures.read;
import static edu.meridian.partners.agreement.AgreementFixtures.staff;
import static edu.meridian.partners.agreement.AgreementFixtures.student;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The HTTP contract of /api/partners/agreements: every endpoint, validation, preconditions, deletion, renewal, versions. */
@QuarkusTest
class AgreementResourceTest {

    // ---------------------------------------------------------------- create and read

    @Test
    void draftsAnAgreementWithAGeneratedReferenceCodeAndReadsItBack() {
        String partner = institution("Nanyang Polytechnic " + unique());
        ExtractableResponse<Response> created = create(staff(), draft("create", partner));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/partners/agreements/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.<String>path("referenceCode")).matches("AGR-\\d{4}-\\d{4}");
        assertThat(created.<String>path("state")).isEqualTo("draft");
        assertThat(created.<String>path("owner")).isEqualTo("wang.fang");
        assertThat(created.<String>path("createdBy")).isEqualTo("wang.fang");

        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("scholarship_scheme"))
                .body("title.zh", startsWith("南洋理工学院护理专业奖学金项目"))
                .body("signingUnit", equalTo("nursing"))
                .body("partners[0].id", equalTo(partner))
                .body("partners[0].name.en", startsWith("Nanyang Polytechnic "))
                .body("partners[0].country", equalTo("SG"))
                .body("effectiveDate", equalTo("2025-09-01"))
                .body("expiryDate", equalTo("2030-08-31"))
                .body("conditions[0].subjectAreas", contains("0913"))
                .body("conditions[0].cefrLevel", equalTo("B2"))
                .body("signatories", hasSize(2))
                .body("obligations[0].kind", equalTo("tuition_waiver"))
                .body("predecessorId", nullValue())
                .body("successorId", nullValue())
                .body("allowedTransitions", contains("under_review"))
                .body("allowedActions", contains("edit", "delete", "addDocuments"));
        // A draft is read only by those who work with it (what each role reads: LeastDataTest).
        given().auth().oauth2(leadership()).get(AGREEMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void keepsAGivenReferenceCodeAndRefusesOneThatIsTaken() {
        String code = "NYP-NURS-" + unique().toUpperCase();
        String partner = institution();
        Map<String, Object> body = draft("code", partner);
        body.put("referenceCode", code);
        ExtractableResponse<Response> first = create(staff(), body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.<String>path("referenceCode")).isEqualTo(code);

        Map<String, Object> again = draft("code-again-" + unique(), partner);
        again.put("referenceCode", code.toLowerCase());
        ExtractableResponse<Response> duplicate = create(staff(), again);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(duplicate.<String>path("type")).isEqualTo("urn:meridian:problem:duplicate-reference-code");
        given().auth().oauth2(staff()).queryParam("q", code).get(AGREEMENTS)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void unknownAgreementIs404Problem() {
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:not-found"));
    }

    // ---------------------------------------------------------------- validation

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                bad("wrong type: places as text", "conditions[0].placesPerYear",
                        body -> condition(body).put("placesPerYear", "many")),
                bad("wrong type: impossible date", "effectiveDate", body -> body.put("effectiveDate", "2026-13-45")),
                bad("wrong type: partners not a list", "partnerIds", body -> body.put("partnerIds", "nyp")),
                bad("wrong type: partner id not an id", "partnerIds[0]", body -> body.put("partnerIds", List.of("nyp"))),
                bad("missing kind", "kind", body -> body.remove("kind")),
                bad("missing title", "title", body -> body.remove("title")),
                bad("missing English title", "title.en", body -> body.put("title", Map.of("zh", "协议"))),
                bad("oversized title", "title.zh", body -> body.put("title", Map.of("zh", "长".repeat(301), "en", "Long"))),
                bad("oversized notes", "notes", body -> body.put("notes", "x".repeat(4001))),
                bad("oversized reference code", "referenceCode", body -> body.put("referenceCode", "A".repeat(61))),
                bad("unknown kind", "kind", body -> body.put("kind", "friendship")),
                bad("unknown direction", "conditions[0].direction", body -> condition(body).put("direction", "sideways")),
                bad("unknown level", "conditions[0].levels[0]", body -> condition(body).put("levels", List.of("postdoc"))),
                bad("ISCED-F code of three digits", "conditions[0].subjectAreas[0]",
                        body -> condition(body).put("subjectAreas", List.of("913"))),
                bad("CEFR level D1", "conditions[0].cefrLevel", body -> condition(body).put("cefrLevel", "D1")),
                bad("academic year with a dash", "conditions[0].fromYear", body -> condition(body).put("fromYear", "2025-26")),
                bad("academic years not consecutive", "conditions[0].toYear", body -> condition(body).put("toYear", "2029/31")),
                bad("academic years backwards", "conditions[0].toYear", body -> condition(body).put("toYear", "2024/25")),
                bad("negative places", "conditions[0].placesPerYear", body -> condition(body).put("placesPerYear", -1)),
                bad("signatory without a name", "signatories[0].name",
                        body -> body.put("signatories", List.of(Map.of("side", "ours")))),
                bad("renewal period of zero", "renewalPeriodMonths", body -> body.put("renewalPeriodMonths", 0)),
                bad("auto-renewal without a period", "renewalPeriodMonths", body -> body.put("autoRenewal", true)),
                bad("expiry before effective date", "expiryDate", body -> body.put("expiryDate", "2025-08-31")),
                bad("unknown partner", "partnerIds[0]",
                        body -> body.put("partnerIds", List.of(java.util.UUID.randomUUID().toString()))),
                bad("partner named twice", "partnerIds[1]",
                        body -> body.put("partnerIds", List.of(partnerOf(body), partnerOf(body)))),
                bad("partner signatory for a non-partner", "signatories[1].institutionId",
                        body -> body.put("signatories", List.of(
                                Map.of("side", "ours", "name", "Zhang Wei"),
                                Map.of("side", "partner", "name", "Tan", "institutionId", java.util.UUID.randomUUID().toString())))),
                bad("signed in the future", "signatories[0].signedOn",
                        body -> body.put("signatories", List.of(Map.of("side", "ours", "name", "Zhang Wei", "signedOn", "2999-01-01")))),
                bad("unit code with spaces", "signingUnit", body -> body.put("signingUnit", "Nursing College")));
    }

    private static Arguments bad(String description, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(description, field, breakIt);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> condition(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("conditions")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static String partnerOf(Map<String, Object> body) {
        return ((List<String>) body.get("partnerIds")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void badInputIs400NamingTheFieldAndCreatesNothing(String description, String field, Consumer<Map<String, Object>> breakIt) {
        String marker = "invalid-" + unique();
        Map<String, Object> body = draft(marker, institution());
        breakIt.accept(body);
        ExtractableResponse<Response> refused = create(staff(), body);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("urn:meridian:problem:validation");
        assertThat(refused.<List<String>>path("errors.field")).as(refused.asString()).contains(field);
        given().auth().oauth2(staff()).queryParam("q", marker).get(AGREEMENTS)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void invalidUpdateChangesNothing() {
        String id = createDraft(draft("stays-" + unique(), institution()));
        Map<String, Object> body = draft("changed", institution());
        body.put("expiryDate", "2020-01-01");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put(AGREEMENTS + "/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("expiryDate"));
        ExtractableResponse<Response> after = read(staff(), id);
        assertThat(after.header("ETag")).isEqualTo("\"0\"");
        assertThat(after.<String>path("title.en")).contains("stays-");
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions").then().body("$", hasSize(1));
    }

    @Test
    void datesOutside1900To2200Are400NamingTheField() {
        for (String far : List.of("0001-01-01", "2201-01-01", "+99999-12-31")) {
            Map<String, Object> body = draft("far-" + unique(), institution());
            body.put("expiryDate", far);
            given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body).post(AGREEMENTS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("expiryDate"))
                    .body("errors[0].message", equalTo("must be a date between 1900-01-01 and 2200-12-31"))
                    .body("errors[0].code", equalTo("date-range"))
                    .body("errors[0].params.from", equalTo("1900-01-01")).body("errors[0].params.to", equalTo("2200-12-31"));
        }
    }

    @Test
    void bodyThatIsNotJsonIs400() {
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"kind\": ")
                .post(AGREEMENTS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    // ---------------------------------------------------------------- update, amendment, preconditions

    @Test
    void editsADraftWithIfMatchAndRefusesMissingOrStaleTags() {
        String id = createDraft(draft("edit-" + unique(), institution()));
        Map<String, Object> edited = draft("edited-" + unique(), institution());

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(edited).put(AGREEMENTS + "/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:precondition-required"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(edited)
                .put(AGREEMENTS + "/" + id)
                .then().statusCode(412).body("type", equalTo("urn:meridian:problem:precondition-failed"));
        assertThat(etag(id)).isEqualTo("\"0\"");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .put(AGREEMENTS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("state", equalTo("draft"))
                .body("title.en", containsString("edited-"))
                .body("partners[0].id", equalTo(((List<?>) edited.get("partnerIds")).get(0)));
        // The old tag is stale now.
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .put(AGREEMENTS + "/" + id)
                .then().statusCode(412);
    }

    @Test
    void transitionsNeedIfMatchToo() {
        String id = createDraft(draft("tx-" + unique(), institution()));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(Map.of("to", "under_review"))
                .post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(428);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(Map.of("to", "under_review"))
                .post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(412);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("to", "thinking_about_it"))
                .post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        assertThat(AgreementFixtures.state(id)).isEqualTo("draft");
    }

    @Test
    void amendingAnActiveAgreementKeepsItsStateAndRecordsAVersion() {
        String partner = institution();
        String id = agreementIn("active", draft("amend-" + unique(), partner));
        String tag = etag(id);
        Map<String, Object> amended = draft("amend", partner);
        AgreementResourceTest.condition(amended).put("placesPerYear", 24);
        amended.put("title", read(staff(), id).path("title"));

        ExtractableResponse<Response> response = given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .header("If-Match", tag).body(amended).put(AGREEMENTS + "/" + id).then().extract();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.<String>path("state")).isEqualTo("active");
        assertThat(response.<Integer>path("conditions[0].placesPerYear")).isEqualTo(24);
        assertThat(response.header("ETag")).isNotEqualTo(tag);

        List<Map<String, Object>> versions = given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions")
                .then().statusCode(200).extract().path("$");
        Map<String, Object> last = versions.get(versions.size() - 1);
        assertThat(last.get("action")).isEqualTo("amended");
        assertThat(last.get("changedFields")).isEqualTo(List.of("conditions"));
        assertThat(last.get("changedBy")).isEqualTo("wang.fang");

        // An amendment may not take away what an agreement in force needs.
        Map<String, Object> gutted = draft("amend", partner);
        gutted.put("partnerIds", List.of());
        gutted.put("signatories", List.of());
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", response.header("ETag"))
                .body(gutted).put(AGREEMENTS + "/" + id)
                .then().statusCode(400).body("errors.field", hasItem("partnerIds"));
        // A liaison does not amend, even for their own unit.
        given().auth().oauth2(liaison()).contentType(ContentType.JSON).header("If-Match", response.header("ETag"))
                .body(amended).put(AGREEMENTS + "/" + id)
                .then().statusCode(403);
    }

    @Test
    void agreementsBetweenDraftAndActiveCannotBeEdited() {
        for (String state : List.of("under_review", "approved", "signed", "terminated")) {
            String id = agreementIn(state);
            given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etag(id))
                    .body(draft("frozen", institution())).put(AGREEMENTS + "/" + id)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:meridian:problem:not-editable"));
        }
    }

    // ---------------------------------------------------------------- who may set what

    @Test
    void aLiaisonDraftsForTheUnitInTheirTokenOnly() {
        String partner = institution();
        Map<String, Object> mine = draft("liaison-" + unique(), partner);
        mine.remove("signingUnit");
        // Lifecycle fields are not part of the request: sent anyway, they are refused (no mass assignment).
        for (String field : List.of("state", "predecessorId", "terminationReason", "version")) {
            Map<String, Object> sneaky = new java.util.HashMap<>(mine);
            sneaky.put(field, field.equals("version") ? 9 : "active");
            ExtractableResponse<Response> refused = create(liaison(), sneaky);
            assertThat(refused.statusCode()).as(field).isEqualTo(400);
            assertThat(refused.<String>path("errors[0].field")).isEqualTo(field);
        }
        ExtractableResponse<Response> created = create(liaison(), mine);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.<String>path("signingUnit")).isEqualTo("nursing");
        assertThat(created.<String>path("owner")).isEqualTo("li.na");
        assertThat(created.<String>path("state")).isEqualTo("draft");

        String marker = "mass-" + unique();
        Map<String, Object> otherUnit = draft(marker, partner);
        otherUnit.put("signingUnit", "clinical-medicine");
        ExtractableResponse<Response> refused = create(liaison(), otherUnit);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Map<String, Object> otherOwner = draft(marker, partner);
        otherOwner.put("owner", "wang.fang");
        assertThat(create(liaison(), otherOwner).statusCode()).isEqualTo(403);
        given().auth().oauth2(staff()).queryParam("q", marker).get(AGREEMENTS).then().body("total", equalTo(0));

        // The office names the unit and may give the agreement to someone else.
        Map<String, Object> assigned = draft("assigned-" + unique(), partner);
        assigned.put("signingUnit", "clinical-medicine");
        assigned.put("owner", "zhou.lei");
        ExtractableResponse<Response> byOffice = create(staff(), assigned);
        assertThat(byOffice.statusCode()).isEqualTo(201);
        assertThat(byOffice.<String>path("owner")).isEqualTo("zhou.lei");
        assertThat(byOffice.<String>path("signingUnit")).isEqualTo("clinical-medicine");
    }

    @Test
    void onlyAuthenticatedPartnerRolesReachAgreements() {
        given().get(AGREEMENTS).then().statusCode(401);
        given().auth().oauth2(student()).get(AGREEMENTS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(leadership()).get(AGREEMENTS).then().statusCode(200);
        given().auth().oauth2(leadership()).contentType(ContentType.JSON).body(draft("x", institution()))
                .post(AGREEMENTS).then().statusCode(403);
        // A liaison without a home unit cannot draft at all. The demo realm has none: li.na's token without her unit.
        String noUnit = Callers.LI_NA.tokens().unit(null).sign();
        given().auth().oauth2(noUnit).contentType(ContentType.JSON).body(draft("x", institution()))
                .post(AGREEMENTS).then().statusCode(403);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deletesAgreementsNeverSignedAndRefusesSignedOnes() {
        String draft = createDraft(otherUnitsDraft("delete-" + unique(), institution()));
        given().auth().oauth2(liaison()).delete(AGREEMENTS + "/" + draft).then().statusCode(403);
        given().auth().oauth2(leadership()).delete(AGREEMENTS + "/" + draft).then().statusCode(403);
        given().auth().oauth2(staff()).header("If-Match", "\"5\"").delete(AGREEMENTS + "/" + draft)
                .then().statusCode(412);
        given().auth().oauth2(staff()).delete(AGREEMENTS + "/" + draft).then().statusCode(428);
        given().auth().oauth2(staff()).header("If-Match", "W/" + etag(draft)).delete(AGREEMENTS + "/" + draft)
                .then().statusCode(412);
        given().auth().oauth2(staff()).header("If-Match", "*").delete(AGREEMENTS + "/" + draft).then().statusCode(412);
        given().auth().oauth2(staff()).header("If-Match", etag(draft)).delete(AGREEMENTS + "/" + draft)
                .then().statusCode(204);
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + draft).then().statusCode(404);

        // Only the administrators, who approve, delete an approved agreement.
        String approved = agreementIn("approved");
        given().auth().oauth2(staff()).header("If-Match", etag(approved)).delete(AGREEMENTS + "/" + approved)
                .then().statusCode(403).body("detail", containsString("administrators"));
        given().auth().oauth2(admin()).header("If-Match", etag(approved)).delete(AGREEMENTS + "/" + approved)
                .then().statusCode(204);

        for (String state : List.of("signed", "active", "terminated")) {
            String signed = agreementIn(state);
            given().auth().oauth2(admin()).header("If-Match", etag(signed)).delete(AGREEMENTS + "/" + signed)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:meridian:problem:not-deletable"))
                    .body("detail", containsString("only terminated"));
            assertThat(AgreementFixtures.state(signed)).isEqualTo(state);
        }
    }

    @Test
    void aLiaisonDeletesTheirUnitsDraftOnly() {
        String partner = institution();
        String othersDraft = createDraft(otherUnitsDraft("liaison-delete-" + unique(), partner));
        String id = create(liaison(), draft("liaison-delete-" + unique(), partner)).path("id");
        given().auth().oauth2(liaison()).delete(AGREEMENTS + "/" + othersDraft).then().statusCode(403);
        given().auth().oauth2(liaison()).header("If-Match", etag(id)).delete(AGREEMENTS + "/" + id)
                .then().statusCode(204);
    }

    // ---------------------------------------------------------------- renewal

    @Test
    void renewalDraftsASuccessorWithDatesMovedOnByTheDuration() {
        String partner = institution();
        Map<String, Object> body = draft("renew-" + unique(), partner);
        body.put("effectiveDate", "2024-09-01");
        body.put("expiryDate", "2027-08-31");
        String predecessor = agreementIn("active", body);

        given().auth().oauth2(liaison()).post(AGREEMENTS + "/" + predecessor + "/renewal").then().statusCode(403);

        ExtractableResponse<Response> renewal = given().auth().oauth2(staff())
                .post(AGREEMENTS + "/" + predecessor + "/renewal").then().extract();
        assertThat(renewal.statusCode()).as(renewal.asString()).isEqualTo(201);
        String successor = renewal.path("id");
        assertThat(renewal.header("Location")).endsWith("/api/partners/agreements/" + successor);
        assertThat(renewal.header("ETag")).isEqualTo("\"0\"");
        assertThat(renewal.<String>path("state")).isEqualTo("draft");
        assertThat(renewal.<String>path("predecessorId")).isEqualTo(predecessor);
        assertThat(renewal.<String>path("effectiveDate")).isEqualTo("2027-09-01");
        assertThat(renewal.<String>path("expiryDate")).isEqualTo("2030-08-31");
        assertThat(renewal.<String>path("referenceCode")).isNotEqualTo(read(staff(), predecessor).path("referenceCode"));
        assertThat(renewal.<String>path("title.en")).isEqualTo(read(staff(), predecessor).path("title.en"));
        assertThat(renewal.<String>path("partners[0].id")).isEqualTo(partner);
        assertThat(renewal.<String>path("conditions[0].fromYear")).isEqualTo("2028/29");
        assertThat(renewal.<String>path("conditions[0].toYear")).isEqualTo("2032/33");
        assertThat(renewal.<List<?>>path("signatories")).isEmpty();
        assertThat(renewal.<String>path("owner")).isEqualTo("wang.fang");

        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + predecessor)
                .then().body("successorId", equalTo(successor)).body("state", equalTo("active"))
                .body("allowedActions", org.hamcrest.Matchers.not(hasItem("renew")));

        given().auth().oauth2(staff()).post(AGREEMENTS + "/" + predecessor + "/renewal")
                .then().statusCode(409).body("type", equalTo("urn:meridian:problem:open-renewal"))
                .body("successorId", equalTo(successor));

        // Once the open renewal is gone, the agreement can be renewed again.
        given().auth().oauth2(staff()).header("If-Match", etag(successor)).delete(AGREEMENTS + "/" + successor)
                .then().statusCode(204);
        given().auth().oauth2(staff()).post(AGREEMENTS + "/" + predecessor + "/renewal").then().statusCode(201);
    }

    @Test
    void onlySignedOrLaterAgreementsAreRenewed() {
        String draft = createDraft(draft("renew-draft-" + unique(), institution()));
        given().auth().oauth2(staff()).post(AGREEMENTS + "/" + draft + "/renewal")
                .then().statusCode(409).body("type", equalTo("urn:meridian:problem:not-renewable"));
        given().auth().oauth2(staff()).post(AGREEMENTS + "/" + java.util.UUID.randomUUID() + "/renewal")
                .then().statusCode(404);
    }

    // ---------------------------------------------------------------- versions

    @Test
    void keepsEveryVersionAndComparesTwo() {
        String partner = institution();
        Map<String, Object> body = draft("v1-" + unique(), partner);
        String id = createDraft(body);
        Map<String, Object> second = new LinkedHashMap<>(body);
        second.put("title", Map.of("zh", ((Map<?, ?>) body.get("title")).get("zh"), "en", "Nursing Scholarship, second version"));
        second.put("expiryDate", "2031-08-31");
        // The history keeps the names the token carries, so it names the person after they leave.
        String staffWithNames = Callers.WANG_FANG.tokens().nameZh("王芳").sign();
        given().auth().oauth2(staffWithNames).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second)
                .put(AGREEMENTS + "/" + id).then().statusCode(200);
        AgreementFixtures.move(staff(), id, "under_review", null);

        given().auth().oauth2(leadership()).get(AGREEMENTS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("version", contains(1, 2, 3))
                .body("action", contains("drafted", "updated", "submitted"))
                .body("[1].changedFields", contains("expiryDate", "title.en"))
                .body("[1].changedBy", equalTo("wang.fang"))
                .body("[1].changedByName", equalTo("Fang Wang"))
                .body("[1].changedByNameZh", equalTo("王芳"))
                .body("[0].snapshot", nullValue());

        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions/1")
                .then().statusCode(200)
                .body("snapshot.title.en", containsString("v1-"))
                .body("snapshot.state", equalTo("draft"))
                .body("snapshot.partnerIds", contains(partner));

        given().auth().oauth2(staff()).queryParam("from", 1).queryParam("to", 3)
                .get(AGREEMENTS + "/" + id + "/versions/compare")
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(3))
                .body("changes.field", contains("expiryDate", "state", "title.en"))
                .body("changes[0].from", equalTo("2030-08-31"))
                .body("changes[0].to", equalTo("2031-08-31"))
                .body("changes[1].to", equalTo("under_review"));

        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions/9").then().statusCode(404);
        given().auth().oauth2(staff()).queryParam("to", 2).get(AGREEMENTS + "/" + id + "/versions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].code", equalTo("required"));
    }

    // ---------------------------------------------------------------- list and export

    @Test
    void listsWithFiltersSortingPagingAndTotal() {
        String marker = "list" + unique();
        String nyp = institution("Nanyang Polytechnic " + marker);
        String ngeeAnn = institution("Ngee Ann Polytechnic " + marker);
        Map<String, Object> scholarship = draft(marker + " A", nyp);
        String a = createDraft(scholarship);

        Map<String, Object> exchange = draft(marker + " B", ngeeAnn);
        exchange.put("kind", "student_exchange");
        exchange.put("signingUnit", "clinical-medicine");
        exchange.put("owner", "zhou.lei");
        String b = agreementIn("under_review", exchange);

        Map<String, Object> expiringSoon = draft(marker + " C", nyp);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        expiringSoon.put("effectiveDate", today.minusYears(1).toString());
        expiringSoon.put("expiryDate", today.plusDays(40).toString());
        String c = agreementIn("active", expiringSoon);

        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("sort", "title")
                .get(AGREEMENTS)
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", contains(a, b, c))
                .body("items[0].partners[0].name.en", equalTo("Nanyang Polytechnic " + marker))
                .body("items[0].referenceCode", matchesPattern("AGR-\\d{4}-\\d{4}"));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("sort", "-title").get(AGREEMENTS)
                .then().body("items.id", contains(c, b, a));
        given().auth().oauth2(staff()).queryParam("q", "南洋理工学院护理专业奖学金项目 " + marker + " B").get(AGREEMENTS)
                .then().body("items.id", contains(b));
        String codeOfB = read(staff(), b).path("referenceCode");
        given().auth().oauth2(staff()).queryParam("q", codeOfB.toLowerCase()).get(AGREEMENTS)
                .then().body("items.id", contains(b));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("kind", "student_exchange").get(AGREEMENTS)
                .then().body("items.id", contains(b));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("state", "draft")
                .queryParam("state", "active").queryParam("sort", "title").get(AGREEMENTS)
                .then().body("items.id", contains(a, c));
        given().auth().oauth2(staff()).queryParam("partnerId", nyp).queryParam("sort", "title").get(AGREEMENTS)
                .then().body("items.id", contains(a, c));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("signingUnit", "clinical-medicine")
                .get(AGREEMENTS).then().body("items.id", contains(b));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("owner", "zhou.lei")
                .get(AGREEMENTS).then().body("items.id", contains(b));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("expiringWithinDays", 60)
                .get(AGREEMENTS).then().body("items.id", contains(c));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("expiringWithinDays", 30)
                .get(AGREEMENTS).then().body("total", equalTo(0));
        given().auth().oauth2(staff()).queryParam("q", marker).queryParam("sort", "title")
                .queryParam("size", 1).queryParam("page", 1).get(AGREEMENTS)
                .then().body("total", equalTo(3)).body("items.id", contains(b)).body("size", equalTo(1));

        given().auth().oauth2(staff()).queryParam("state", "pending").get(AGREEMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        given().auth().oauth2(staff()).queryParam("kind", "friendship").get(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(staff()).queryParam("partnerId", "nyp").get(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("partnerId"));
        given().auth().oauth2(staff()).queryParam("sort", "owner;drop table agreement").get(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(staff()).queryParam("size", 201).get(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void exportsTheFilteredListAsCsvForExcel() {
        String marker = "csv" + unique();
        String partner = institution("Nanyang Polytechnic " + marker);
        Map<String, Object> formula = draft(marker, partner);
        formula.put("title", Map.of("zh", "南洋理工学院, 护理 " + marker, "en", "=HYPERLINK(\"http://evil.example\",\"x\") " + marker));
        String id = createDraft(formula);
        Map<String, Object> other = draft(marker + " second", partner);
        other.put("title", Map.of("zh", "@SUM(1) " + marker, "en", "-2+3 " + marker));
        createDraft(other);

        ExtractableResponse<Response> export = given().auth().oauth2(staff()).queryParam("q", marker)
                .queryParam("sort", "title").get(AGREEMENTS + "/export.csv").then().extract();
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(export.header("Content-Disposition")).startsWith("attachment; filename=\"agreements-");
        byte[] bytes = export.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("referenceCode,kind,titleZh,titleEn,state,partnersZh,partnersEn,");
        String code = read(staff(), id).path("referenceCode");
        // Sorted by the English title: '-2+3…' before '=HYPERLINK…'. Formula-like cells get an apostrophe; commas and
        // quotes are quoted as RFC 4180 says.
        assertThat(lines.get(1)).contains(",'@SUM(1) " + marker + ",'-2+3 " + marker + ",draft,");
        assertThat(lines.get(2)).startsWith(code + ",scholarship_scheme,\"南洋理工学院, 护理 " + marker + "\","
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") " + marker + "\",draft,");
        assertThat(lines.get(2)).contains("Nanyang Polytechnic " + marker + ",nursing,2025-09-01,2030-08-31,false,wang.fang,");

        given().auth().oauth2(staff()).queryParam("state", "nonsense").get(AGREEMENTS + "/export.csv")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(student()).get(AGREEMENTS + "/export.csv").then().statusCode(403);
    }
}
