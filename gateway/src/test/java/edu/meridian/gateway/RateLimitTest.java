package edu.meridian.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Writes are limited per user and per client address (429 with Retry-After); HSTS once the gateway is behind HTTPS. */
@QuarkusTest
@QuarkusTestResource(value = Upstreams.class, restrictToAnnotatedClass = true)
@TestProfile(RateLimitTest.TightLimits.class)
class RateLimitTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.writes-per-minute-per-user", "3",
                    "gateway.rate-limit.writes-per-minute-per-address", "5",
                    "gateway.public-https", "true");
        }
    }

    @Test
    void writesAreLimitedPerUserThenPerAddress() {
        String bob = DevOidc.token("bob");
        String alice = DevOidc.token("alice");
        for (int i = 0; i < 3; i++) {
            post(bob).then().statusCode(201);
        }
        String retryAfter = post(bob).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:rate-limited")).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        // Reads are not limited.
        given().auth().oauth2(bob).get("/api/partners/institutions").then().statusCode(200);

        // Another user from the same address: two more writes fit the address's five, the third does not.
        post(alice).then().statusCode(201);
        post(alice).then().statusCode(201);
        post(alice).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
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
