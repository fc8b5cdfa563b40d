package edu.meridian.partners;

import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Sample data and callers shared by the tests of this module. Names carry a random suffix: tests share one database. */
public final class PartnersFixtures {

    // Tokens are signed when used: one signed at class load would expire during a long run.
    public static String staff() {
        return Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).sign();
    }

    public static String admin() {
        return Tokens.user("zhang.wei").roles(Roles.OFFICE_ADMIN).sign();
    }

    public static String leader() {
        return Tokens.user("chen.jie").roles(Roles.LEADERSHIP).sign();
    }

    public static String student() {
        return Tokens.user("liu.yang").roles("student").sign();
    }

    private PartnersFixtures() {
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
