package edu.meridian.partners;

import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Only tokens of the listed clients pass (azp): a client added to the realm later gets 401, not access. */
@QuarkusTest
class AuthorisedPartyTest {

    @Test
    void tokensOfTheListedClientsPass() {
        for (String client : List.of("meridian-gateway", "meridian-campus", "meridian-cli")) {
            given().auth().oauth2(staffToken(client)).get("/api/partners/institutions").then().statusCode(200);
        }
    }

    @Test
    void aTokenOfAnotherClientOfTheRealmIs401() {
        given().auth().oauth2(staffToken("meridian-reports")).get("/api/partners/institutions").then().statusCode(401);
        given().auth().oauth2(staffToken("meridian-reports")).contentType("application/json")
                .body(PartnersFixtures.institution(PartnersFixtures.unique("Unlisted client")))
                .post("/api/partners/institutions").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAuthorisedPartyIs401() {
        given().auth().oauth2(staffToken(null)).get("/api/partners/institutions").then().statusCode(401);
    }

    /** What Keycloak issues to the given client for an office-staff user; Tokens always says meridian-gateway. */
    private static String staffToken(String client) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.issuer(Tokens.ISSUER).subject("8a0c2e4d-staff").preferredUserName("wang.fang")
                .audience(Tokens.AUDIENCE).claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(Roles.OFFICE_STAFF)))
                .issuedAt(now).expiresAt(now + 300);
        if (client != null) {
            claims.claim("azp", client);
        }
        return claims.jws().keyId("1").sign();
    }
}
