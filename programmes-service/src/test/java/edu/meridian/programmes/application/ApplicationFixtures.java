package edu.meridian.programmes.application;

import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.http.entity.mime.HttpMultipartMode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static edu.meridian.programmes.call.CallFixtures.etag;
import static io.restassured.RestAssured.given;

/** An open call with two destinations (the rules of CallFixtures.call) and applications to it, made through the API. */
public final class ApplicationFixtures {

    /** An open call (years 2–3, GPA 3.2, IELTS 6.5 or TOEFL 90, nursing or clinical medicine) to NUS and NTU. */
    record OpenCall(String id, Partner nus, Partner ntu, Partner elsewhere) {
    }

    private ApplicationFixtures() {
    }

    static OpenCall openCall(KafkaCompanion kafka) {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner ntu = Partners.publish(kafka, "NTU " + unique(), "active", 4);
        Partner elsewhere = Partners.publish(kafka, "Elsewhere " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Applications " + unique(), nus, ntu, elsewhere);
        String id = CallFixtures.create(CallFixtures.call(scheme, "Applications " + unique(),
                destination(nus, 3, null) + ", " + destination(ntu, 2, null))).path("id");
        CallFixtures.move(id, etag(id), "open").response().then().statusCode(200);
        return new OpenCall(id, nus, ntu, elsewhere);
    }

    /** Another student than the demo one, of a unit, with a token of their own (a different subject). */
    static String student(String username, String unit) {
        return Tokens.user(username).roles("student").unit(unit).name(username).sign();
    }

    /** An application body: choices as institution ids, then GPA, year, IELTS score (null: leave out). */
    static String body(String callId, String gpa, Integer year, String ielts, Object... choices) {
        String listed = Arrays.stream(choices).map(choice -> "\"" + choice + "\"").collect(Collectors.joining(", "));
        return """
                {"callId": "%s", "choices": [%s], "statement": "I want to study nursing abroad.",
                 "gpa": %s, "yearOfStudy": %s, "languageResults": [%s]}"""
                .formatted(callId, listed, gpa, year, ielts == null ? "" : "{\"test\": \"IELTS\", \"score\": " + ielts + "}");
    }

    static ExtractableResponse<Response> create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/programmes/applications").then().extract();
    }

    public static ExtractableResponse<Response> move(String token, String id, String to, String reason) {
        String etag = given().auth().oauth2(token).get("/api/programmes/applications/" + id).then().extract().header("ETag");
        String body = reason == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag == null ? "\"0\"" : etag)
                .body(body).post("/api/programmes/applications/" + id + "/transitions").then().extract();
    }

    /** A submitted application of this student: created, with the transcript the call requires, submitted; its id. */
    public static String submitted(String token, String body) {
        String id = create(token, body).response().then().statusCode(201).extract().path("id");
        upload(token, id, "transcript", "transcript.pdf", pdf("transcript")).response().then().statusCode(201);
        move(token, id, "submitted", null).response().then().statusCode(200);
        return id;
    }

    /** Multipart as browsers send it: names in raw UTF-8 (rest-assured's default, strict mode, writes "?"). */
    private static final RestAssuredConfig BROWSER_MULTIPART = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    /** Uploads a document of this kind to the application as a browser does; a null kind or content is left out. */
    static ExtractableResponse<Response> upload(String token, String applicationId, String kind, String fileName,
            byte[] content) {
        RequestSpecification request = given().config(BROWSER_MULTIPART).auth().oauth2(token);
        if (content != null) {
            request.multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName)
                    .mimeType("application/octet-stream").build());
        }
        if (kind != null) {
            request.multiPart(new MultiPartSpecBuilder(kind).controlName("kind").mimeType("text/plain")
                    .charset(StandardCharsets.UTF_8).build());
        }
        return request.post("/api/programmes/applications/" + applicationId + "/documents").then().extract();
    }

    /** A small valid PDF whose text says {@code text}, so that two differ. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of exactly {@code size} bytes: padding inside a comment. */
    static byte[] pdfOfSize(int size) {
        String head = "%PDF-1.4\n%";
        String tail = "\n%%EOF\n";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.US_ASCII);
    }

    /** The smallest PNG there is, as a scanner would not write it but as its signature and header say. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }
}
