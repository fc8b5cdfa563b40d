package edu.meridian.partners.agreement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static edu.meridian.partners.agreement.AgreementFixtures.AGREEMENTS;
import static edu.meridian.partners.agreement.AgreementFixtures.admin;
import static edu.meridian.partners.agreement.AgreementFixtures.advance;
import static edu.meridian.partners.agreement.AgreementFixtures.agreementIn;
import static edu.meridian.partners.agreement.AgreementFixtures.createDraft;
import static edu.meridian.partners.agreement.AgreementFixtures.draft;
import static edu.meridian.partners.agreement.AgreementFixtures.etag;
import static edu.meridian.partners.agreement.AgreementFixtures.institution;
import static edu.meridian.partners.agreement.AgreementFixtures.leadership;
import static edu.meridian.partners.agreement.AgreementFixtures.liaison;
import static edu.meridian.partners.agreement.AgreementFixtures.move;
import static edu.meridian.partners.agreement.AgreementFixtures.otherUnitsDraft;
import static edu.meridian.partners.agreement.AgreementFixtures.read;
import static edu.meridian.partners.agreement.AgreementFixtures.staff;
import static edu.meridian.partners.agreement.AgreementFixtures.state;
import static edu.meridian.partners.agreement.AgreementFixtures.transition;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The lifecycle {@code draft → under_review → approved → signed → active → expiring → expired | renewed | terminated}:
 * every allowed step by the role that may take it, every other (state, target) pair refused with 409, role refusals
 * with 403, what each step requires, and the renewal of a predecessor when its successor becomes active.
 */
@QuarkusTest
class AgreementLifecycleTest {

    @Inject
    AgreementExpiry expiry;

    @Test
    void everyAllowedTransitionWorksForTheRoleThatMayTakeIt() {
        // draft → under_review: the unit's liaison, office staff, office admin.
        for (String token : List.of(liaison(), staff(), admin())) {
            String id = agreementIn("draft");
            String before = etag(id);
            ExtractableResponse<Response> submitted = transition(token, id, "under_review", null);
            assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(200);
            assertThat(submitted.<String>path("state")).isEqualTo("under_review");
            assertThat(submitted.header("ETag")).isNotEqualTo(before);
        }
        // under_review → draft (sent back, with a comment): staff and admin.
        for (String token : List.of(staff(), admin())) {
            String id = agreementIn("under_review");
            ExtractableResponse<Response> sentBack = transition(token, id, "draft", "Please add the housing terms");
            assertThat(sentBack.statusCode()).as(sentBack.asString()).isEqualTo(200);
            assertThat(sentBack.<String>path("state")).isEqualTo("draft");
            assertThat(sentBack.<String>path("reviewComment")).isEqualTo("Please add the housing terms");
        }
        // under_review → approved → signed → active: admin.
        String id = agreementIn("draft");
        move(staff(), id, "under_review", null);
        move(staff(), id, "draft", "Check the dates");
        move(staff(), id, "under_review", null);
        ExtractableResponse<Response> approved = transition(admin(), id, "approved", null);
        assertThat(approved.<String>path("state")).isEqualTo("approved");
        assertThat(approved.<String>path("reviewComment")).isNull();
        assertThat(transition(admin(), id, "signed", null).<String>path("state")).isEqualTo("signed");
        assertThat(transition(admin(), id, "active", null).<String>path("state")).isEqualTo("active");
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions").then()
                .body("action", contains("drafted", "submitted", "sent back", "submitted", "approved", "signed", "activated"))
                .body("[2].changedBy", equalTo("wang.fang"))
                .body("[6].changedBy", equalTo("zhang.wei"));

        // → terminated, with the reason kept: admin, from approved, signed, active and expiring.
        for (String from : List.of("approved", "signed", "active")) {
            String agreement = agreementIn(from);
            ExtractableResponse<Response> terminated = transition(admin(), agreement, "terminated", "Programme closed");
            assertThat(terminated.statusCode()).as(terminated.asString()).isEqualTo(200);
            assertThat(terminated.<String>path("state")).isEqualTo("terminated");
            assertThat(terminated.<String>path("terminationReason")).isEqualTo("Programme closed");
            assertThat(terminated.<List<?>>path("allowedTransitions")).isEmpty();
        }
        String expiring = expiringAgreement();
        ExtractableResponse<Response> terminated = transition(admin(), expiring, "terminated", "Partner withdrew");
        assertThat(terminated.statusCode()).as(terminated.asString()).isEqualTo(200);
        assertThat(terminated.<String>path("terminationReason")).isEqualTo("Partner withdrew");
    }

    @Test
    void everyOtherStateAndTargetIsRefusedWith409ListingTheAllowedTransitions() {
        Map<AgreementState, String> agreements = agreementsInEveryState();
        int refused = 0;
        for (Map.Entry<AgreementState, String> entry : agreements.entrySet()) {
            AgreementState from = entry.getKey();
            String id = entry.getValue();
            assertThat(state(id)).isEqualTo(from.name());
            List<String> allowed = from.byPeople().stream().sorted().map(Enum::name).toList();
            for (AgreementState to : AgreementState.values()) {
                if (from.byPeople().contains(to)) {
                    continue;
                }
                ExtractableResponse<Response> response = transition(admin(), id, to.name(), "a reason");
                assertThat(response.statusCode()).as(from + " → " + to + ": " + response.asString()).isEqualTo(409);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.<String>path("type")).isEqualTo("urn:meridian:problem:illegal-transition");
                assertThat(response.<List<String>>path("allowedTransitions")).as(from + " → " + to).isEqualTo(allowed);
                refused++;
            }
            assertThat(state(id)).isEqualTo(from.name());
        }
        // 9 states × 9 targets, less the 9 moves people may make.
        assertThat(refused).isEqualTo(81 - 9);
    }

    @Test
    void rolesThatMayNotTakeAStepGet403AndNothingChanges() {
        String underReview = agreementIn("under_review");
        assertRefused(staff(), underReview, "approved", null);
        assertRefused(liaison(), underReview, "approved", null);
        assertRefused(liaison(), underReview, "draft", "Not mine to send back");
        assertRefused(leadership(), underReview, "approved", null);

        String approved = agreementIn("approved");
        assertRefused(staff(), approved, "signed", null);
        assertRefused(staff(), approved, "terminated", "Staff cannot terminate");

        String signed = agreementIn("signed");
        assertRefused(staff(), signed, "active", null);
        assertRefused(liaison(), signed, "active", null);

        String active = agreementIn("active");
        assertRefused(staff(), active, "terminated", "Staff cannot terminate");

        String draft = agreementIn("draft");
        assertRefused(liaison(), createDraft(otherUnitsDraft("other-" + unique(), institution())), "under_review", null);
        assertRefused(leadership(), draft, "under_review", null);
        assertThat(transition(liaison(), draft, "under_review", null).statusCode()).isEqualTo(200);
    }

    private static void assertRefused(String token, String id, String to, String reason) {
        String before = etag(id);
        ExtractableResponse<Response> response = transition(token, id, to, reason);
        assertThat(response.statusCode()).as(to + ": " + response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(etag(id)).isEqualTo(before);
    }

    @Test
    void aLiaisonCannotSubmitOrEditAnotherUnitsDraft() {
        String partner = institution();
        String id = createDraft(draft("unit-" + unique(), partner));
        String othersDraft = createDraft(otherUnitsDraft("unit-" + unique(), partner));

        // Another unit's draft is not the liaison's to read either (LeastDataTest).
        given().auth().oauth2(liaison()).get(AGREEMENTS + "/" + othersDraft).then().statusCode(404);
        given().auth().oauth2(liaison()).contentType(ContentType.JSON).header("If-Match", etag(othersDraft))
                .body(otherUnitsDraft("taken over", partner)).put(AGREEMENTS + "/" + othersDraft)
                .then().statusCode(403);
        assertThat(transition(liaison(), othersDraft, "under_review", null).statusCode()).isEqualTo(403);
        assertThat(etag(othersDraft)).isEqualTo("\"0\"");

        given().auth().oauth2(liaison()).get(AGREEMENTS + "/" + id)
                .then().body("allowedTransitions", contains("under_review"))
                .body("allowedActions", contains("edit", "delete", "addDocuments"));
        given().auth().oauth2(liaison()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(draft("edited by the unit", partner)).put(AGREEMENTS + "/" + id)
                .then().statusCode(200).body("updatedBy", equalTo("li.na")).body("owner", equalTo("wang.fang"));
        move(liaison(), id, "under_review", null);
        // Under review, the draft is out of the unit's hands.
        given().auth().oauth2(liaison()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(draft("edited again", partner)).put(AGREEMENTS + "/" + id)
                .then().statusCode(409);
    }

    @Test
    void allowedTransitionsDependOnTheCaller() {
        String id = agreementIn("under_review");
        given().auth().oauth2(admin()).get(AGREEMENTS + "/" + id).then().body("allowedTransitions", contains("draft", "approved"));
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id).then().body("allowedTransitions", contains("draft"));
        given().auth().oauth2(liaison()).get(AGREEMENTS + "/" + id).then().body("allowedTransitions", hasSize(0));
        given().auth().oauth2(leadership()).get(AGREEMENTS + "/" + id).then().body("allowedTransitions", hasSize(0));
        // The 409 lists what this caller may do, not what the state machine allows anyone.
        ExtractableResponse<Response> illegal = transition(staff(), id, "signed", null);
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.<List<String>>path("allowedTransitions")).containsExactly("draft");
    }

    @Test
    void eachStepRequiresWhatTheRulesSay() {
        String underReview = agreementIn("under_review");
        for (String blank : new String[] {null, "   "}) {
            ExtractableResponse<Response> noComment = transition(staff(), underReview, "draft", blank);
            assertThat(noComment.statusCode()).isEqualTo(400);
            assertThat(noComment.<List<String>>path("errors.field")).containsExactly("reason");
        }
        String active = agreementIn("active");
        ExtractableResponse<Response> noReason = transition(admin(), active, "terminated", null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.<List<String>>path("errors.field")).containsExactly("reason");
        assertThat(state(active)).isEqualTo("active");

        // Signing needs a dated signatory on each side.
        String partner = institution();
        Map<String, Object> unsigned = draft("unsigned-" + unique(), partner);
        unsigned.put("signatories", List.of(Map.of("side", "ours", "name", "Zhang Wei", "signedOn", "2025-06-10"),
                Map.of("side", "partner", "institutionId", partner, "name", "Tan Mei Ling")));
        String approved = agreementIn("approved", unsigned);
        ExtractableResponse<Response> notSigned = transition(admin(), approved, "signed", null);
        assertThat(notSigned.statusCode()).isEqualTo(409);
        assertThat(notSigned.<String>path("type")).isEqualTo("urn:meridian:problem:agreement-incomplete");
        assertThat(notSigned.<List<String>>path("errors.field")).containsExactly("signatories");
        assertThat(state(approved)).isEqualTo("approved");

        // Activation needs an effective date.
        Map<String, Object> undated = draft("undated-" + unique(), institution());
        undated.remove("effectiveDate");
        String signed = agreementIn("signed", undated);
        ExtractableResponse<Response> notActive = transition(admin(), signed, "active", null);
        assertThat(notActive.statusCode()).isEqualTo(409);
        assertThat(notActive.<List<String>>path("errors.field")).containsExactly("effectiveDate");
        assertThat(state(signed)).isEqualTo("signed");
    }

    @Test
    void whenASuccessorBecomesActiveItsPredecessorIsRenewed() {
        String partner = institution();
        Map<String, Object> body = draft("predecessor-" + unique(), partner);
        body.put("expiryDate", "2035-08-31");
        String predecessor = agreementIn("active", body);
        String successor = successorOf(predecessor, partner);
        advance(successor, "signed");
        assertThat(state(predecessor)).isEqualTo("active");

        ExtractableResponse<Response> activated = transition(admin(), successor, "active", null);
        assertThat(activated.statusCode()).as(activated.asString()).isEqualTo(200);
        assertThat(activated.<String>path("predecessorId")).isEqualTo(predecessor);

        given().auth().oauth2(admin()).get(AGREEMENTS + "/" + predecessor)
                .then().body("state", equalTo("renewed"))
                .body("successorId", equalTo(successor))
                .body("allowedTransitions", hasSize(0));
        given().auth().oauth2(admin()).get(AGREEMENTS + "/" + predecessor + "/versions")
                .then().body("action", hasItem("renewed"));
    }

    /** Renews an agreement in force and completes the successor's signatures, so it can be signed anew. */
    private static String successorOf(String predecessor, String partner) {
        String successor = given().auth().oauth2(staff()).post(AGREEMENTS + "/" + predecessor + "/renewal")
                .then().statusCode(201).extract().path("id");
        ExtractableResponse<Response> current = read(staff(), successor);
        Map<String, Object> signatures = draft("successor", partner);
        signatures.put("title", current.path("title"));
        signatures.put("effectiveDate", current.path("effectiveDate"));
        signatures.put("expiryDate", current.path("expiryDate"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(signatures).put(AGREEMENTS + "/" + successor).then().statusCode(200);
        return successor;
    }

    /** An agreement the expiry job moved to expiring (its expiry date is 120 days after the day the job runs). */
    private String expiringAgreement() {
        Map<String, Object> body = draft("expiring-" + unique(), institution());
        LocalDate expiryDate = LocalDate.of(2032, 6, 30);
        body.put("expiryDate", expiryDate.toString());
        String id = agreementIn("active", body);
        expiry.run(expiryDate.minusDays(120));
        assertThat(state(id)).isEqualTo("expiring");
        return id;
    }

    /**
     * One agreement in each of the nine states. The expiry job runs for chosen days; the agreements it must not
     * touch expire long after those days or are made afterwards.
     */
    private Map<AgreementState, String> agreementsInEveryState() {
        Map<AgreementState, String> agreements = new EnumMap<>(AgreementState.class);

        Map<String, Object> expiring = draft("state-expiring-" + unique(), institution());
        expiring.put("expiryDate", "2031-06-30");
        agreements.put(AgreementState.expiring, agreementIn("active", expiring));
        Map<String, Object> expired = draft("state-expired-" + unique(), institution());
        expired.put("expiryDate", "2029-12-31");
        agreements.put(AgreementState.expired, agreementIn("active", expired));
        expiry.run(LocalDate.of(2030, 1, 1));
        expiry.run(LocalDate.of(2031, 3, 1));

        String partner = institution();
        Map<String, Object> renewed = draft("state-renewed-" + unique(), partner);
        renewed.put("expiryDate", "2040-08-31");
        String predecessor = agreementIn("active", renewed);
        advance(successorOf(predecessor, partner), "active");
        agreements.put(AgreementState.renewed, predecessor);

        for (AgreementState state : List.of(AgreementState.draft, AgreementState.under_review, AgreementState.approved,
                AgreementState.signed, AgreementState.active, AgreementState.terminated)) {
            Map<String, Object> body = draft("state-" + state + "-" + unique(), institution());
            body.put("expiryDate", "2040-08-31");
            agreements.put(state, agreementIn(state.name(), body));
        }
        assertThat(new ArrayList<>(agreements.keySet())).containsExactly(AgreementState.values());
        return agreements;
    }
}
