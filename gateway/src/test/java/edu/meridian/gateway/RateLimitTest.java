package edu.meridian.gateway;

import edu.meridian.testing.OidcResource;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Writes are limited per signed-in user, and anonymous writes per client address on a budget of their own (429 with
 * Retry-After); HSTS once the gateway is behind HTTPS. All requests here come from one address, 127.0.0.1.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.writes-per-minute-per-user", "3",
                    "gateway.rate-limit.anonymous-writes-per-minute-per-address", "5",
                    "gateway.rate-limit.public-calls-per-minute-per-address", "4",
                    "gateway.public-api-paths", "/api/partners/public/",
                    "quarkus.http.auth.permission.public-api.paths", "/api/partners/public/*",
                    "gateway.public-https", "true",
                    "quarkus.oidc.devservices.enabled", "false",
                    "quarkus.oidc.client-id", "meridian-gateway",
                    "quarkus.oidc.credentials.secret", "not-used-by-bearer-tokens");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcResource.class), new TestResourceEntry(Upstreams.class));
        }
    }

    @Test
    void writesAreLimitedPerUserNotPerAddress() {
        String bob = Tokens.of("bob", "office-staff");
        for (int i = 0; i < 3; i++) {
            post(bob).then().statusCode(201);
        }
        String retryAfter = post(bob).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:rate-limited")).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 120);
        // Reads are not limited.
        given().auth().oauth2(bob).get("/api/partners/institutions").then().statusCode(200);

        // Another user from the same address has a budget of their own.
        String alice = Tokens.of("alice", "office-staff");
        for (int i = 0; i < 3; i++) {
            post(alice).then().statusCode(201);
        }
        post(alice).then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aFloodOfAnonymousWritesCannotBlockSignedInUsers() {
        for (int i = 0; i < 5; i++) {
            assertThat(given().contentType("application/json").body("{}").post("/").statusCode()).isNotEqualTo(429);
        }
        for (int i = 0; i < 20; i++) {
            given().contentType("application/json").body("{}").post("/").then().statusCode(429)
                    .header("Retry-After", notNullValue());
            given().contentType("application/json").body("{}").post("/api/partners/institutions").then().statusCode(429);
        }
        String carol = Tokens.of("carol", "office-staff");
        post(carol).then().statusCode(201);
        post(carol).then().statusCode(201);
    }

    @Test
    void aPublicPathAnswersWithoutSigningInAndIsLimitedPerAddress() {
        for (int i = 0; i < 4; i++) {
            given().get("/api/partners/public/7K3QM9XD2FHTWB8R").then().statusCode(200)
                    .body("path", equalTo("/api/partners/public/7K3QM9XD2FHTWB8R"));
        }
        given().get("/api/partners/public/7K3QM9XD2FHTWB8R").then().statusCode(429)
                .body("type", equalTo("urn:meridian:problem:rate-limited")).header("Retry-After", notNullValue());
        // Only the public paths: the rest of the API still needs a token.
        given().get("/api/partners/institutions").then().statusCode(401);
    }

    @Test
    void hstsBehindHttps() {
        given().get("/q/health/live").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    private static io.restassured.response.Response post(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/partners/institutions");
    }
}
