package edu.meridian.partners;

import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The service checks every token itself: only a Keycloak access token for meridian-api, from our issuer, passes. */
@QuarkusTest
class TokenRejectionTest {

    static Stream<Arguments> badTokens() {
        Tokens staff = Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF);
        return Stream.of(
                Arguments.of("wrong issuer", Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).issuer("https://evil.example.com").sign()),
                Arguments.of("wrong audience", Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).audience("account").sign()),
                Arguments.of("ID token", Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).idToken().sign()),
                Arguments.of("expired", Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).expired().sign()),
                Arguments.of("alg none", staff.unsigned()),
                Arguments.of("foreign signature", staff.signWithForeignKey()),
                Arguments.of("tampered payload", tamper(staff.sign())),
                Arguments.of("garbage", "not-a-jwt"),
                Arguments.of("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void isRefusedWith401(String why, String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/partners/institutions")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(PartnersFixtures.institution(PartnersFixtures.unique("Refused")))
                .post("/api/partners/institutions")
                .then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void noTokenIs401AndAValidOneIsAccepted() {
        given().get("/api/partners/institutions").then().statusCode(401);
        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/institutions").then().statusCode(200)
                .body("page", equalTo(0));
    }

    /** Changes the roles in the payload but keeps the original signature. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("office-staff", "office-admin");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
