package edu.meridian.programmes.application;

import edu.meridian.programmes.ProgrammesConfig;
import edu.meridian.programmes.application.ApplicationFixtures.OpenCall;
import edu.meridian.testing.Callers;
import edu.meridian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.application.ApplicationFixtures.body;
import static edu.meridian.programmes.application.ApplicationFixtures.create;
import static edu.meridian.programmes.application.ApplicationFixtures.move;
import static edu.meridian.programmes.application.ApplicationFixtures.pdf;
import static edu.meridian.programmes.application.ApplicationFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Documents of applications over HTTP; the rules' cases are in ApplicationDocumentRulesTest. */
@QuarkusTest
class ApplicationDocumentResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @Inject
    ProgrammesConfig config;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicantUploadsWhatTheCallRequiresAndSubmitsOnlyWithItAll() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("docs." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");

        move(token, id, "submitted", null).response().then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:application-incomplete"))
                .body("detail", containsString("documents must include the Transcript (transcript)"))
                .body("missingDocuments", contains("transcript"))
                .body("errors[0].field", equalTo("documents"))
                .body("errors[0].code", equalTo("document-missing"))
                .body("errors[0].params.kind", equalTo("transcript"));

        byte[] transcript = pdf("grades");
        Response created = upload(token, id, "transcript", "成绩单.pdf", transcript).response();
        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/programmes/applications/" + id + "/documents/"))
                .body("stage", equalTo("application"))
                .body("kind", equalTo("transcript"))
                .body("fileName", equalTo("成绩单.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(transcript.length))
                .body("sha256", equalTo(sha256(transcript)))
                .body("verifiedAt", nullValue())
                .body("allowedActions", contains("delete"));
        String documentId = created.path("id");
        String scan = upload(token, id, "transcript", "scan.png", ApplicationFixtures.png()).path("id");

        given().auth().oauth2(token).get(documents(id)).then().statusCode(200)
                .body("id", contains(scan, documentId));
        Response download = given().auth().oauth2(token).get(documents(id) + "/" + documentId + "/content");
        download.then().statusCode(200).contentType("application/pdf")
                .header("ETag", equalTo("\"" + sha256(transcript) + "\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E6%88%90%E7%BB%A9%E5%8D%95.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(download.asByteArray()).isEqualTo(transcript);
        given().auth().oauth2(token).header("If-None-Match", "\"" + sha256(transcript) + "\"")
                .get(documents(id) + "/" + documentId + "/content").then().statusCode(304);
        Response image = given().auth().oauth2(token).get(documents(id) + "/" + scan + "/content");
        image.then().statusCode(200).contentType("image/png");
        assertThat(image.asByteArray()).isEqualTo(ApplicationFixtures.png());

        upload(token, id, "passport", "p.pdf", pdf("p")).response().then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("one-of"))
                .body("errors[0].params.allowed", contains("transcript"));
        given().auth().oauth2(token).delete(documents(id) + "/" + scan).then().statusCode(204);
        move(token, id, "submitted", null).response().then().statusCode(200).body("state", equalTo("eligible"));

        upload(token, id, "transcript", "late.pdf", pdf("late")).response().then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:meridian:problem:application-documents-closed"));
        given().auth().oauth2(token).delete(documents(id) + "/" + documentId).then().statusCode(409);
        given().auth().oauth2(token).get(documents(id)).then().body("id", contains(documentId))
                .body("[0].allowedActions", empty());
    }

    @Test
    void filesAreCheckedByContentSizeAndShapeAndNothingIsStoredWhenRefused() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("refused." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");
        int cap = (int) config.documents().maxSize().asLongValue();

        byte[] gif = "GIF89a pretending to be a PDF %PDF-1.4 %%EOF".getBytes(StandardCharsets.US_ASCII);
        upload(token, id, "transcript", "x.pdf", gif).response().then().statusCode(415).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:unsupported-document"))
                .body("accepted", contains("application/pdf", "image/png", "image/jpeg"));
        upload(token, id, "transcript", "empty.pdf", new byte[0]).response().then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("empty-file"));
        upload(token, id, " ", null, null).response().then().statusCode(400)
                .body("errors.field", contains("kind", "file"));
        upload(token, id, "transcript\u0000", "a.pdf", pdf("a")).response().then().statusCode(400);
        upload(token, id, "transcript", "big.pdf", ApplicationFixtures.pdfOfSize(cap + 1)).response().then()
                .statusCode(413).body("type", equalTo("urn:meridian:problem:document-too-large"))
                .body("maxSize", equalTo(cap));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"kind\": \"transcript\"}")
                .post(documents(id)).then().statusCode(415).contentType(PROBLEM_JSON);
        given().auth().oauth2(token).contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and then"
                        .getBytes(StandardCharsets.US_ASCII))
                .post(documents(id)).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:unreadable-upload"));
        given().auth().oauth2(token).get(documents(id)).then().statusCode(200).body("", empty());

        upload(token, id, "transcript", "fits.pdf", ApplicationFixtures.pdfOfSize(cap)).response().then()
                .statusCode(201).body("size", equalTo(cap));
    }

    @Test
    void anotherStudentsDocumentsAreNotFoundAndTheLiaisonOfTheUnitReadsSubmittedOnesOnly() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("owner." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");
        String documentId = upload(token, id, "transcript", "t.pdf", pdf("mine")).path("id");
        String document = documents(id) + "/" + documentId;
        String other = ApplicationFixtures.student("other." + unique(), "nursing");

        for (String path : List.of(documents(id), document, document + "/content")) {
            given().auth().oauth2(other).get(path).then().statusCode(404).contentType(PROBLEM_JSON);
            // A college liaison sees no drafts, not even their own unit's.
            given().auth().oauth2(Callers.LI_NA.token()).get(path).then().statusCode(404);
        }
        upload(other, id, "transcript", "t.pdf", pdf("theirs")).response().then().statusCode(404);
        given().auth().oauth2(other).delete(document).then().statusCode(404);
        // The office reads a draft's documents but does not add to them: they are the applicant's until submission.
        given().auth().oauth2(staff()).get(documents(id)).then().statusCode(200).body("", hasSize(1))
                .body("[0].allowedActions", empty());
        upload(staff(), id, "transcript", "t.pdf", pdf("office")).response().then().statusCode(403);
        given().auth().oauth2(staff()).delete(document).then().statusCode(409);

        move(token, id, "submitted", null).response().then().statusCode(200);
        given().auth().oauth2(Callers.LI_NA.token()).get(documents(id)).then().statusCode(200).body("", hasSize(1))
                .body("[0].allowedActions", empty());
        given().auth().oauth2(Callers.LI_NA.token()).get(document + "/content").then().statusCode(200);
        upload(Callers.LI_NA.token(), id, "transcript", "t.pdf", pdf("liaison")).response().then().statusCode(403);
        String otherUnitsLiaison = edu.meridian.testing.Tokens.user("liaison." + unique()).roles("college-liaison")
                .unit("pharmacy").name("Pharmacy liaison").sign();
        given().auth().oauth2(otherUnitsLiaison).get(documents(id)).then().statusCode(404);
        given().auth().oauth2(other).get(document + "/content").then().statusCode(404);
        // Reviewers get the documents of the applications assigned to them once assignments exist; until then none.
        given().auth().oauth2(Callers.ZHAO_MIN.token()).get(documents(id)).then().statusCode(403);
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(documents(id)).then().statusCode(403);
        given().get(documents(id)).then().statusCode(401);
    }

    @Test
    void afterTheDeadlineTheApplicantNeitherAddsNorTakesAwayDocuments() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("late." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");
        String documentId = upload(token, id, "transcript", "t.pdf", pdf("t")).path("id");
        clock.advance(Duration.ofDays(32));

        upload(token, id, "transcript", "t2.pdf", pdf("t2")).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:call-not-taking-applications"))
                .body("detail", containsString("the call's deadline was"));
        given().auth().oauth2(token).delete(documents(id) + "/" + documentId).then().statusCode(409);
        given().auth().oauth2(token).get(documents(id)).then().body("id", contains(documentId));
    }

    @Test
    void anApplicationHoldsAtMostThirtyDocuments() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("many." + unique(), "nursing");
        String id = create(token, body(call.id(), "3.60", 2, "7.0", call.nus().institutionId())).path("id");
        for (int i = 0; i < ApplicationDocumentRules.MAX_DOCUMENTS; i++) {
            upload(token, id, "transcript", "t" + i + ".pdf", pdf("page " + i)).response().then().statusCode(201);
        }

        upload(token, id, "transcript", "one-more.pdf", pdf("one more")).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:too-many-documents")).body("max", equalTo(30));
    }

    @Test
    void theOfficeRecordsWhatTheHostAsksForTheApplicantAndOfficeUploadItAndTheHostAcceptsOnceAllIsVerified() {
        OpenCall call = ApplicationFixtures.openCall(kafka);
        String token = ApplicationFixtures.student("nominee." + unique(), "nursing");
        String id = ApplicationFixtures.submitted(token, body(call.id(), "3.80", 3, "7.5", call.nus().institutionId()));
        String requirements = "/api/programmes/applications/" + id + "/host-requirements";
        String form = "{\"code\": \"host-application-form\", \"title\": {\"zh\": \"对方学校申请表\", \"en\": \"Host application form\"}}";
        String english = "{\"code\": \"transcript-en\", \"title\": {\"zh\": \"英文成绩单\", \"en\": \"Transcript in English\"}}";

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(form).post(requirements).then()
                .statusCode(409).body("type", equalTo("urn:meridian:problem:host-requirements-closed"));
        for (String to : List.of("under_review", "selected", "nominated")) {
            move(staff(), id, to, null).response().then().statusCode(200);
        }
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(form).post(requirements).then()
                .statusCode(201).body("code", equalTo("host-application-form")).body("uploaded", equalTo(false))
                .body("requestedBy", equalTo("wang.fang"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(english).post(requirements).then().statusCode(201);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body(english).post(requirements).then()
                .statusCode(400).body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("duplicate"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(form).post(requirements).then().statusCode(403);
        move(staff(), id, "accepted_by_host", null).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:host-documents-incomplete"))
                .body("missingDocuments", contains("host-application-form", "transcript-en"));

        upload(token, id, "transcript", "t.pdf", pdf("again")).response().then().statusCode(400)
                .body("errors[0].params.allowed", contains("host-application-form", "transcript-en"));
        String formDocument = upload(token, id, "host-application-form", "form.pdf", pdf("form")).response().then()
                .statusCode(201).body("stage", equalTo("host")).body("allowedActions", contains("delete"))
                .extract().path("id");
        String englishDocument = upload(staff(), id, "transcript-en", "transcript-en.pdf", pdf("in English"))
                .response().then().statusCode(201).body("uploadedBy", equalTo("wang.fang"))
                .body("allowedActions", contains("delete", "verify")).extract().path("id");
        given().auth().oauth2(token).get(requirements).then().statusCode(200)
                .body("code", contains("host-application-form", "transcript-en"))
                .body("uploaded", contains(true, true)).body("verified", contains(false, false));

        given().auth().oauth2(token).post(documents(id) + "/" + formDocument + "/verification").then().statusCode(403);
        given().auth().oauth2(staff()).post(documents(id) + "/" + formDocument + "/verification").then()
                .statusCode(200).body("verifiedBy", equalTo("wang.fang")).body("allowedActions", empty());
        given().auth().oauth2(token).delete(documents(id) + "/" + formDocument).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:document-verified"));
        move(staff(), id, "accepted_by_host", null).response().then().statusCode(409)
                .body("missingDocuments", contains("transcript-en"));
        // The transcript the call required was never the host's to ask for: it is not verified here.
        String transcript = given().auth().oauth2(staff()).get(documents(id)).then()
                .extract().path("find { it.stage == 'application' }.id");
        given().auth().oauth2(staff()).post(documents(id) + "/" + transcript + "/verification").then()
                .statusCode(409).body("type", equalTo("urn:meridian:problem:document-not-verifiable"));

        given().auth().oauth2(staff()).post(documents(id) + "/" + englishDocument + "/verification").then().statusCode(200);
        move(staff(), id, "accepted_by_host", null).response().then().statusCode(200)
                .body("state", equalTo("accepted_by_host"));
        given().auth().oauth2(token).get(requirements).then().body("verified", contains(true, true));
        upload(token, id, "transcript-en", "later.pdf", pdf("later")).response().then().statusCode(409);
    }

    private static String documents(String applicationId) {
        return "/api/programmes/applications/" + applicationId + "/documents";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
