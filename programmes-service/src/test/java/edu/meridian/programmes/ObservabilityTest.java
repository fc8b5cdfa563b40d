package edu.meridian.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ObservabilityTest {

    @Test
    void healthAndMetricsAreOpenToTheCluster() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("meridian_outbox_backlog"))
                .body(containsString("meridian_outbox_oldest_age_seconds"));
    }

    @Test
    void theRequestIdOfTheGatewayIsKeptAndOneIsMadeWhenMissing() {
        given().auth().oauth2(ProgrammesFixtures.staff()).header("X-Request-Id", "gw-12345")
                .get("/api/programmes/partners")
                .then().statusCode(200).header("X-Request-Id", "gw-12345");
        given().auth().oauth2(ProgrammesFixtures.staff())
                .get("/api/programmes/partners")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(ProgrammesFixtures.staff()).header("X-Request-Id", "bad id\twith spaces")
                .get("/api/programmes/partners")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
