package edu.meridian.partners;

import edu.meridian.testing.BadTokens;
import edu.meridian.testing.Callers;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The service checks every token itself: only a Keycloak access token for meridian-api, from our issuer, passes. */
@QuarkusTest
class TokenRejectionTest {

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadTokensWith401() {
        return BadTokens.of(Callers.WANG_FANG).requests(PartnersFixtures.requests()).tests();
    }

    @Test
    void noTokenIs401AndAValidOneIsAccepted() {
        given().get("/api/partners/institutions").then().statusCode(401);
        given().auth().oauth2(Callers.WANG_FANG.token()).get("/api/partners/institutions").then().statusCode(200)
                .body("page", equalTo(0));
    }
}
