package edu.meridian.partners;

import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** What Keycloak issues to the given client for an office-staff user. */
    private static String staffToken(String client) {
        return Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).client(client).sign();
    }
}
