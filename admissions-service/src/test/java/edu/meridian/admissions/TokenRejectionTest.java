package edu.meridian.admissions;

import edu.meridian.testing.BadTokens;
import edu.meridian.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The service checks every token itself: only a Keycloak access token for meridian-api, from our issuer, passes. */
@QuarkusTest
class TokenRejectionTest {

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadTokensWith401() {
        return BadTokens.of(Callers.WANG_FANG).requests(AdmissionsFixtures.requests())
                .open("GET /api/admissions/verify/{code}").tests();
    }

    @Test
    void noTokenIs401AndAValidOneIsAccepted() {
        given().get("/api/admissions/programmes").then().statusCode(401);
        given().auth().oauth2(Callers.WANG_FANG.token()).get("/api/admissions/programmes").then().statusCode(200)
                .body("page", equalTo(0));
    }
}
