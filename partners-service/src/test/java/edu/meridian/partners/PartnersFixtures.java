package edu.meridian.partners;

import edu.meridian.testing.Callers;
import edu.meridian.testing.OperationRequests;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Sample data and callers shared by the tests of this module. Names carry a random suffix: tests share one database. */
public final class PartnersFixtures {

    // Tokens are signed when used: one signed at class load would expire during a long run.
    public static String staff() {
        return Callers.WANG_FANG.token();
    }

    public static String admin() {
        return Callers.ZHANG_WEI.token();
    }

    public static String leader() {
        return Callers.CHEN_JIE.token();
    }

    public static String student() {
        return Callers.LIU_YANG.token();
    }

    private PartnersFixtures() {
    }

    /** How the OpenAPI runners call this service: a PDF with its kind and title for uploads, a CSV header for imports. */
    public static OperationRequests requests() {
        return OperationRequests.standard()
                .body("multipart/", request -> request
                        .multiPart("file", "agreement.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                        .multiPart("kind", "draft").multiPart("title", "draft"))
                .body("text/csv", request -> request.contentType("text/csv").body("name_zh,name_en,country,kind\n"));
    }

    /** A unique tag for names: tests share one database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an institution with these names as office staff (a token signed now); returns its id. */
    public static String institution(String nameEn, String nameZh, String country) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body("""
                        {"name": {"zh": "%s", "en": "%s"}, "country": "%s", "kind": "university"}"""
                        .formatted(nameZh, nameEn, country))
                .post("/api/partners/institutions")
                .then().statusCode(201).extract().path("id");
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid institution body with a unique English name. */
    public static String institution(String englishName) {
        return """
                {"name": {"zh": "%s", "en": "%s"}, "country": "SG", "kind": "university", "city": "Singapore",
                 "tags": ["nursing"], "contacts": [{"name": "Tan Mei Ling", "role": "Exchange coordinator",
                 "email": "tan.meiling@example.edu.sg", "phone": "+65 6451 5115"}]}"""
                .formatted("南洋理工学院 " + englishName, englishName);
    }

    /** Registers an institution as office staff and returns the response (id, ETag). */
    public static ExtractableResponse<Response> register(String englishName) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body(institution(englishName))
                .post("/api/partners/institutions")
                .then().statusCode(201).extract();
    }
}
