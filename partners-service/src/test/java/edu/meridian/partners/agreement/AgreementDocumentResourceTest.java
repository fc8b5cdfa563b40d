package edu.meridian.partners.agreement;

import edu.meridian.partners.PartnersConfig;
import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Downloads;
import edu.meridian.web.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static edu.meridian.partners.agreement.DocumentFixtures.pdf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AgreementDocumentResourceTest {

    static final DemoCaller STAFF = Callers.WANG_FANG;
    static final DemoCaller NURSING_LIAISON = Callers.LI_NA;
    static final DemoCaller LEADERSHIP = Callers.CHEN_JIE;
    static final DemoCaller STUDENT = Callers.LIU_YANG;
    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    DocumentFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PartnersConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Test
    void uploadsListsAndDownloadsTheSameBytes() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        byte[] content = pdf("signed original");

        Response created = upload(STAFF.token(), agreement, "signed", "Signed agreement", "mou-signed.pdf", content);
        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/partners/agreements/" + agreement + "/documents/"))
                .body("kind", equalTo("signed"))
                .body("title", equalTo("Signed agreement"))
                .body("fileName", equalTo("mou-signed.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .body("version", equalTo(1))
                .body("latest", equalTo(true))
                .body("uploadedBy", equalTo("wang.fang"))
                .body("uploadedAt", startsWith("20"));
        String id = created.path("id");
        String location = created.header("Location");

        given().auth().oauth2(STAFF.token()).get(location).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(STAFF.token()).get(documents(agreement))
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id))
                .body("[0].sha256", equalTo(sha256(content)))
                .body("[0].latest", equalTo(true));

        Response download = given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + id + "/content");
        download.then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"mou-signed.pdf\"; filename*=UTF-8''mou-signed.pdf"))
                .header("ETag", equalTo("\"" + sha256(content) + "\""))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        byte[] downloaded = download.asByteArray();
        assertThat(downloaded).isEqualTo(content);
        assertThat(sha256(downloaded)).isEqualTo(sha256(content));

        given().auth().oauth2(STAFF.token()).header("If-None-Match", "\"" + sha256(content) + "\"")
                .get(documents(agreement) + "/" + id + "/content")
                .then().statusCode(304);
    }

    @Test
    void keepsChineseFileNamesAndTitles() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        String fileName = "合作协议（签字版）.pdf";

        String id = upload(STAFF.token(), agreement, "signed", "合作协议 签字版", fileName, pdf("中文"))
                .then().statusCode(201)
                .body("fileName", equalTo(fileName))
                .body("title", equalTo("合作协议 签字版"))
                .extract().path("id");

        given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + id + "/content")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"_________.pdf\"; filename*=UTF-8''"
                        + "%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE%EF%BC%88%E7%AD%BE%E5%AD%97%E7%89%88%EF%BC%89.pdf"));
    }

    @Test
    void uploadingTheSameKindAndTitleAgainAddsAVersionAndKeepsTheOldOne() {
        UUID agreement = fixtures.agreement(AgreementState.draft, "nursing");
        byte[] first = pdf("first draft");
        byte[] second = pdf("second draft");

        String v1 = upload(STAFF.token(), agreement, "draft", "合作协议草案", "draft.pdf", first)
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        String v2 = upload(STAFF.token(), agreement, "draft", "  合作协议草案 ", "draft-2.pdf", second)
                .then().statusCode(201).body("version", equalTo(2)).body("title", equalTo("合作协议草案"))
                .extract().path("id");
        String annex = upload(STAFF.token(), agreement, "annex", "附件一 名额", "annex.pdf", pdf("annex"))
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        String signed = upload(STAFF.token(), agreement, "signed", "合作协议草案", "signed.pdf", pdf("signed"))
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");

        // Most recently uploaded document first; within a document, newest version first.
        given().auth().oauth2(STAFF.token()).get(documents(agreement))
                .then().statusCode(200)
                .body("id", equalTo(List.of(signed, annex, v2, v1)))
                .body("version", equalTo(List.of(1, 1, 2, 1)))
                .body("latest", equalTo(List.of(true, true, true, false)));
        given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + v1)
                .then().statusCode(200).body("latest", equalTo(false));
        assertThat(given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + v1 + "/content").asByteArray())
                .isEqualTo(first);
        assertThat(given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + v2 + "/content").asByteArray())
                .isEqualTo(second);
    }

    @Test
    void refusesFilesThatAreNotPdfByContentWhateverTheirName() throws IOException {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = "Just text that mentions %PDF-1.4 and %%EOF\n".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = new String(pdf("cut off"), StandardCharsets.UTF_8).replace("%%EOF", "")
                .getBytes(StandardCharsets.UTF_8);

        for (byte[] notPdf : List.of(png, zip(), text, truncated)) {
            upload(STAFF.token(), agreement, "signed", "Signed agreement", "x.pdf", notPdf)
                    .then().statusCode(415)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:meridian:problem:unsupported-document"))
                    .body("status", equalTo(415));
        }
        assertNothingStored(agreement);
    }

    @Test
    void refusesEmptyFilesMissingPartsAndUnknownKinds() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");

        upload(STAFF.token(), agreement, "signed", "Signed agreement", "empty.pdf", new byte[0])
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", equalTo("is empty"));
        upload(STAFF.token(), agreement, "signed", "Signed agreement", null, null)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("file"));
        upload(STAFF.token(), agreement, "contract", "Signed agreement", "a.pdf", pdf("a"))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of draft, signed, annex"));
        upload(STAFF.token(), agreement, null, " ", "a.pdf", pdf("a"))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("kind", "title")));
        assertNothingStored(agreement);
    }

    @Test
    void refusesBodiesThatAreNotMultipartOrAreCutOff() throws IOException {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");

        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).body("{\"kind\": \"signed\"}")
                .post(documents(agreement))
                .then().statusCode(415).contentType(PROBLEM_JSON);
        given().auth().oauth2(STAFF.token()).contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and then"
                        .getBytes(StandardCharsets.US_ASCII))
                .post(documents(agreement))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:unreadable-upload"));
        assertNothingStored(agreement);
    }

    @Test
    void refusesDocumentsOverTheConfiguredCap() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        int cap = (int) config.documents().maxSize().asLongValue();
        assertThat(cap).isLessThan((int) maxBodySize.asLongValue());

        upload(STAFF.token(), agreement, "signed", "Too large", "big.pdf", DocumentFixtures.pdfOfSize(cap + 1))
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:document-too-large"))
                .body("maxSize", equalTo(cap));
        assertNothingStored(agreement);

        upload(STAFF.token(), agreement, "signed", "Just fits", "fits.pdf", DocumentFixtures.pdfOfSize(cap))
                .then().statusCode(201).body("size", equalTo(cap));
    }

    @Test
    void refusesABodyOverTheHttpLimitBeforeReadingIt() throws IOException {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        // Only the headers are sent: the refusal must come from the announced length alone.
        String response = rawRequest("POST " + documents(agreement) + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + STAFF.token() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=XYZ\r\n"
                + "Content-Length: " + (maxBodySize.asLongValue() + 1) + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413 ")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"urn:meridian:problem:request-too-large\"");
        assertNothingStored(agreement);
    }

    @Test
    void unknownAgreementsAndDocumentsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        UUID other = fixtures.agreement(AgreementState.active, "nursing");
        String otherDocument = upload(STAFF.token(), other, "signed", "Signed", "s.pdf", pdf("other"))
                .then().statusCode(201).extract().path("id");

        upload(STAFF.token(), unknown, "signed", "Signed", "s.pdf", pdf("s"))
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("urn:meridian:problem:not-found"));
        given().auth().oauth2(STAFF.token()).get(documents(unknown)).then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + UUID.randomUUID() + "/content")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        // A document is reached only through its own agreement.
        given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + otherDocument + "/content")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(STAFF.token()).get(documents(agreement) + "/" + otherDocument)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void collegeLiaisonsAddDocumentsToDraftsOfTheirOwnUnitOnly() {
        UUID nursingDraft = fixtures.agreement(AgreementState.draft, "nursing");
        UUID nursingActive = fixtures.agreement(AgreementState.active, "nursing");
        // The demo realm's one liaison is li.na of nursing: for the medical college's draft she is another unit's.
        UUID medicineDraft = fixtures.agreement(AgreementState.draft, "medicine");

        upload(NURSING_LIAISON.token(), medicineDraft, "draft", "Draft", "d.pdf", pdf("d"))
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo("urn:meridian:problem:forbidden"));
        assertNothingStored(medicineDraft);
        upload(NURSING_LIAISON.token(), nursingActive, "annex", "Annex", "a.pdf", pdf("a"))
                .then().statusCode(403).contentType(PROBLEM_JSON);
        assertNothingStored(nursingActive);

        upload(NURSING_LIAISON.token(), nursingDraft, "draft", "Draft", "d.pdf", pdf("d"))
                .then().statusCode(201).body("uploadedBy", equalTo("li.na"));
        // Another unit's draft, and so its documents, is not the liaison's to read (LeastDataTest).
        upload(STAFF.token(), medicineDraft, "draft", "Draft", "d.pdf", pdf("d")).then().statusCode(201);
        given().auth().oauth2(NURSING_LIAISON.token()).get(documents(medicineDraft)).then().statusCode(404);
        given().auth().oauth2(STAFF.token()).get(documents(medicineDraft)).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void theOfficeCannotAddDocumentsToAnAgreementThatHasEnded() {
        UUID terminated = fixtures.agreement(AgreementState.terminated, "nursing");

        upload(STAFF.token(), terminated, "annex", "Annex", "a.pdf", pdf("a"))
                .then().statusCode(403).contentType(PROBLEM_JSON);
        assertNothingStored(terminated);
    }

    @Test
    void leadershipReadsButDoesNotUploadStudentsAndAnonymousCallersGetNothing() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        String id = upload(STAFF.token(), agreement, "signed", "Signed", "s.pdf", pdf("s")).then().statusCode(201)
                .extract().path("id");
        String content = documents(agreement) + "/" + id + "/content";

        given().auth().oauth2(LEADERSHIP.token()).get(documents(agreement)).then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(LEADERSHIP.token()).get(content).then().statusCode(200).contentType("application/pdf");
        upload(LEADERSHIP.token(), agreement, "annex", "Annex", "a.pdf", pdf("a"))
                .then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(STUDENT.token()).get(documents(agreement)).then().statusCode(403);
        given().auth().oauth2(STUDENT.token()).get(content).then().statusCode(403);
        upload(STUDENT.token(), agreement, "annex", "Annex", "a.pdf", pdf("a")).then().statusCode(403);

        given().get(documents(agreement)).then().statusCode(401);
        given().get(content).then().statusCode(401);
        given().multiPart(filePart("a.pdf", pdf("a"))).multiPart(textPart("kind", "annex"))
                .multiPart(textPart("title", "Annex")).post(documents(agreement))
                .then().statusCode(401);

        given().auth().oauth2(STAFF.token()).get(documents(agreement)).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void anAgreementWithDocumentsIsNotDeletedAndKeepsThem() {
        UUID agreement = fixtures.agreement(AgreementState.draft, "nursing");
        upload(STAFF.token(), agreement, "draft", "Draft", "d.pdf", pdf("d")).then().statusCode(201);
        upload(STAFF.token(), agreement, "draft", "Draft", "d2.pdf", pdf("d2")).then().statusCode(201);
        String path = "/api/partners/agreements/" + agreement;
        String etag = given().auth().oauth2(STAFF.token()).get(path).then().statusCode(200)
                .body("allowedActions", not(hasItem("delete")))
                .extract().header("ETag");

        given().auth().oauth2(STAFF.token()).header("If-Match", etag).delete(path)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:meridian:problem:has-documents"))
                .body("detail", containsString("2 documents"))
                .body("detail", containsString("remove the documents first"))
                .body("documents", equalTo(2));

        given().auth().oauth2(STAFF.token()).get(path).then().statusCode(200).header("ETag", equalTo(etag));
        given().auth().oauth2(STAFF.token()).get(documents(agreement)).then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void anUploadIsCheckedWithoutWaitingForTheAgreementsLock() throws Exception {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        byte[] notPdf = "GIF89a, not a PDF".getBytes(StandardCharsets.US_ASCII);

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from agreement where id = ? for update")) {
                lock.setObject(1, agreement);
                lock.executeQuery().close();
            }
            CompletableFuture<Integer> refused = CompletableFuture.supplyAsync(() ->
                    upload(STAFF.token(), agreement, "signed", "Signed", "s.gif", notPdf).statusCode());

            assertThat(refused.get(10, TimeUnit.SECONDS)).isEqualTo(415);
            holder.rollback();
        }
        assertNothingStored(agreement);
    }

    @Test
    void aDownloadOfManySlicesArrivesWholeAndA304ReadsNoContent() {
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        byte[] content = DocumentFixtures.pdfOfSize(Downloads.SLICE + 17);
        String id = upload(STAFF.token(), agreement, "signed", "Signed", "s.pdf", content).then().statusCode(201)
                .extract().path("id");
        String location = documents(agreement) + "/" + id + "/content";

        Response download = given().auth().oauth2(STAFF.token()).get(location);
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(content);
        given().auth().oauth2(STAFF.token()).header("If-None-Match", "\"" + sha256(content) + "\"").get(location)
                .then().statusCode(304).header("ETag", equalTo("\"" + sha256(content) + "\""));
    }

    private static String documents(UUID agreement) {
        return "/api/partners/agreements/" + agreement + "/documents";
    }

    /** Multipart as browsers send it: names in raw UTF-8 (rest-assured's default, strict mode, writes "?"). */
    private static final RestAssuredConfig BROWSER_MULTIPART = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    /** A multipart upload as a browser sends it; a null part is left out. */
    private static Response upload(String token, UUID agreement, String kind, String title, String fileName,
            byte[] content) {
        RequestSpecification request = given().config(BROWSER_MULTIPART).auth().oauth2(token);
        if (content != null) {
            request.multiPart(filePart(fileName, content));
        }
        if (kind != null) {
            request.multiPart(textPart("kind", kind));
        }
        if (title != null) {
            request.multiPart(textPart("title", title));
        }
        return request.post(documents(agreement));
    }

    private static io.restassured.specification.MultiPartSpecification filePart(String fileName, byte[] content) {
        return new MultiPartSpecBuilder(content).controlName("file").fileName(fileName).mimeType("application/pdf")
                .charset(StandardCharsets.UTF_8).build();
    }

    private static io.restassured.specification.MultiPartSpecification textPart(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }

    private static void assertNothingStored(UUID agreement) {
        given().auth().oauth2(STAFF.token()).get(documents(agreement)).then().statusCode(200).body("", empty());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("agreement.pdf"));
            zip.write(pdf("zipped"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Sends raw bytes to the service and returns what it answers until it closes the connection. */
    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
