package edu.meridian.partners;

import edu.meridian.partners.agreement.DocumentFixtures;
import edu.meridian.testing.Callers;
import edu.meridian.testing.ResponseFields;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * What each role reads (least data per role, OWASP API3; issue 10), field by field, for every role the authorisation
 * matrix lets read: signatories, notes, review comments and owners only for the office and the liaisons of the
 * agreement's unit; drafts and draft documents only for them too; the partner's contact people for the roles that deal
 * with partners; {@code campus-system} only published agreements, without who changed what.
 */
@QuarkusTest
class LeastDataTest {

    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    /** For agreements of nursing: the office and nursing's liaison (li.na). */
    private static final List<String> WORK_WITH_NURSING = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON);
    private static final List<String> CAMPUS = List.of(Roles.CAMPUS_SYSTEM);
    private static final List<String> OTHER_READERS = List.of(Roles.LEADERSHIP, Roles.REVIEWER, Roles.FACULTY,
            Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM);
    private static final String[] WORKING_FIELDS = {"signatories", "notes", "owner"};
    private static final String AGREEMENTS = "/api/partners/agreements";

    @TestFactory
    Stream<DynamicTest> eachRoleReadsWhatItWorksWith() {
        String marker = PartnersFixtures.unique();
        String institution = PartnersFixtures.register("Least Data Polytechnic " + marker).path("id");
        String reviewed = agreement(marker, institution, "nursing");
        move(reviewed, "under_review", null);
        move(reviewed, "draft", "Name the second signatory");
        move(reviewed, "under_review", null);
        String nursingDraft = agreement(marker, institution, "nursing");
        String medicineDraft = agreement(marker, institution, "medicine");
        String active = agreement(marker, institution, "nursing");
        for (String state : List.of("under_review", "approved", "signed", "active")) {
            move(active, state, null);
        }
        String draftDocument = upload(active, "draft");
        String signedDocument = upload(active, "signed");

        return AuthorizationMatrixTest.matrix().reads(
                ResponseFields.of("GET /api/partners/agreements/{id}", Map.of("id", reviewed))
                        .onlyFor(WORK_WITH_NURSING, WORKING_FIELDS).onlyFor(WORK_WITH_NURSING, "reviewComment")
                        .notFor(CAMPUS, "createdBy", "updatedBy").hiddenFrom(CAMPUS),
                ResponseFields.of("GET /api/partners/agreements/{id}", Map.of("id", active))
                        .onlyFor(WORK_WITH_NURSING, WORKING_FIELDS).notFor(CAMPUS, "createdBy", "updatedBy"),
                ResponseFields.of("GET /api/partners/agreements/{id}", Map.of("id", nursingDraft))
                        .onlyFor(WORK_WITH_NURSING, WORKING_FIELDS).hiddenFrom(OTHER_READERS),
                ResponseFields.of("GET /api/partners/agreements/{id}", Map.of("id", medicineDraft))
                        .onlyFor(OFFICE, WORKING_FIELDS).hiddenFrom(plus(OTHER_READERS, Roles.COLLEGE_LIAISON)),
                ResponseFields.of("GET /api/partners/agreements", Map.of()).query("q", marker)
                        .onlyFor(WORK_WITH_NURSING, "owner"),
                ResponseFields.of("GET /api/partners/agreements", Map.of()).query("q", marker).query("state", "draft")
                        .onlyFor(WORK_WITH_NURSING, "owner").hiddenFrom(OTHER_READERS),
                ResponseFields.of("GET /api/partners/agreements/{id}/versions", Map.of("id", reviewed))
                        .onlyFor(WORK_WITH_NURSING, "reason").hiddenFrom(CAMPUS),
                ResponseFields.of("GET /api/partners/agreements/{id}/versions/{version}", Map.of("id", reviewed, "version", "4"))
                        .onlyFor(WORK_WITH_NURSING, "snapshot.notes", "snapshot.owner", "snapshot.signatories",
                                "snapshot.reviewComment").hiddenFrom(CAMPUS),
                ResponseFields.of("GET /api/partners/agreements/{id}/versions", Map.of("id", active))
                        .notFor(CAMPUS, "changedBy"),
                ResponseFields.of("GET /api/partners/agreements/{id}/documents", Map.of("id", active))
                        .notFor(CAMPUS, "uploadedBy"),
                ResponseFields.of("GET /api/partners/agreements/{id}/documents/{documentId}",
                        Map.of("id", active, "documentId", draftDocument)).hiddenFrom(plus(OTHER_READERS)),
                ResponseFields.of("GET /api/partners/agreements/{id}/documents/{documentId}",
                        Map.of("id", active, "documentId", signedDocument)).notFor(CAMPUS, "uploadedBy"),
                ResponseFields.of("GET /api/partners/institutions/{id}", Map.of("id", institution))
                        .onlyFor(OFFICE, "owner")
                        .onlyFor(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP),
                                "contacts")
                        .notFor(CAMPUS, "createdBy", "updatedBy"),
                ResponseFields.of("GET /api/partners/institutions", Map.of()).query("q", marker).onlyFor(OFFICE, "owner"),
                ResponseFields.of("GET /api/partners/institutions/{id}/versions", Map.of("id", institution))
                        .notFor(CAMPUS, "changedBy"),
                ResponseFields.of("GET /api/partners/institutions/{id}/versions/{version}",
                        Map.of("id", institution, "version", "1")).onlyFor(OFFICE, "snapshot.owner"))
                .fieldTests();
    }

    @Test
    void theDocumentListOfAReaderLeavesOutDraftDocuments() {
        String marker = PartnersFixtures.unique();
        String active = agreement(marker, PartnersFixtures.register("Least Data Docs " + marker).path("id"), "medicine");
        for (String state : List.of("under_review", "approved", "signed", "active")) {
            move(active, state, null);
        }
        String draft = upload(active, "draft");
        upload(active, "signed");

        given().auth().oauth2(Callers.CHEN_JIE.token()).get(AGREEMENTS + "/" + active + "/documents")
                .then().statusCode(200).body("kind", equalTo(List.of("signed")));
        given().auth().oauth2(Callers.CHEN_JIE.token()).get(AGREEMENTS + "/" + active + "/documents/" + draft + "/content")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Callers.LI_NA.token()).get(AGREEMENTS + "/" + active + "/documents")
                .then().statusCode(200).body("kind", equalTo(List.of("signed")));
        given().auth().oauth2(Callers.WANG_FANG.token()).get(AGREEMENTS + "/" + active + "/documents")
                .then().statusCode(200).body("kind", equalTo(List.of("signed", "draft")));
    }

    @Test
    void whoDoesNotReadOwnersListsOnlyTheirOwnAndExportsNone() {
        String marker = PartnersFixtures.unique();
        String active = agreement(marker, PartnersFixtures.register("Least Data Owner " + marker).path("id"), "medicine");
        for (String state : List.of("under_review", "approved", "signed", "active")) {
            move(active, state, null);
        }

        given().auth().oauth2(Callers.CHEN_JIE.token()).queryParam("owner", "wang.fang").get(AGREEMENTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Callers.CHEN_JIE.token()).queryParam("owner", "wang.fang").get("/api/partners/institutions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Callers.CHEN_JIE.token()).queryParam("owner", "chen.jie").get(AGREEMENTS)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Callers.CHEN_JIE.token()).queryParam("q", marker).get(AGREEMENTS + "/export.csv")
                .then().statusCode(200).body(containsString(marker)).body(not(containsString("wang.fang")));
        given().auth().oauth2(Callers.WANG_FANG.token()).queryParam("q", marker).get(AGREEMENTS + "/export.csv")
                .then().statusCode(200).body(containsString("wang.fang"));
    }

    private static List<String> plus(List<String> roles, String... more) {
        List<String> all = new ArrayList<>(roles);
        all.addAll(List.of(more));
        return all;
    }

    /** A complete draft of this unit, with signatories and notes, drafted by office staff (its owner). */
    private static String agreement(String marker, String partnerId, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "student_exchange");
        body.put("title", Map.of("zh", "最少数据协议 " + marker, "en", "Least data agreement " + marker));
        body.put("signingUnit", unit);
        body.put("partnerIds", List.of(partnerId));
        body.put("effectiveDate", "2025-09-01");
        body.put("expiryDate", "2030-08-31");
        body.put("signatories", List.of(
                Map.of("side", "ours", "name", "Zhang Wei", "title", "Vice-President", "signedOn", "2025-06-10"),
                Map.of("side", "partner", "institutionId", partnerId, "name", "Tan Mei Ling", "signedOn", "2025-06-12")));
        body.put("notes", "Internal: the partner asked for more places");
        return given().auth().oauth2(Callers.WANG_FANG.token()).contentType(ContentType.JSON).body(body).post(AGREEMENTS)
                .then().statusCode(201).extract().path("id");
    }

    private static void move(String id, String to, String reason) {
        String etag = given().auth().oauth2(Callers.ZHANG_WEI.token()).get(AGREEMENTS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        given().auth().oauth2(Callers.ZHANG_WEI.token()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post(AGREEMENTS + "/" + id + "/transitions").then().statusCode(200);
    }

    private static String upload(String agreementId, String kind) {
        return given().auth().oauth2(Callers.WANG_FANG.token())
                .multiPart("file", kind + ".pdf", DocumentFixtures.pdf(kind), "application/pdf")
                .multiPart("kind", kind).multiPart("title", "The " + kind + " text")
                .post(AGREEMENTS + "/" + agreementId + "/documents").then().statusCode(201).extract().path("id");
    }
}
