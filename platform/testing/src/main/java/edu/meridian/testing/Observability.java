package edu.meridian.testing;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * What ops rely on in every service, checked the same way in each service's {@code ObservabilityTest}: health and
 * metrics open to the cluster (with the outbox gauges and the HTTP latency buckets), and the request id of the gateway
 * kept end to end.
 */
public final class Observability {

    private Observability() {
    }

    public static void assertHealthAndMetricsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("meridian_outbox_backlog"))
                .body(containsString("meridian_outbox_oldest_age_seconds"));
    }

    /**
     * A request to the API shows in the latency buckets of the HTTP server timer (platform/web HttpLatencyBuckets), from
     * which the p99 alert of k8s/ is computed.
     *
     * @param path a list the caller may read
     */
    public static void assertLatencyIsBucketed(String path, DemoCaller caller) {
        given().auth().oauth2(caller.token()).get(path).then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*http_server_requests_seconds_bucket\\{(?=[^}]*le=\"0\\.25\")(?=[^}]*uri=\""
                        + Pattern.quote(path) + "\")[^}]*}.*"));
    }

    /**
     * The gateway's {@code X-Request-Id} comes back unchanged; a missing or malformed one is replaced by a new UUID.
     *
     * @param path a list the caller may read
     */
    public static void assertRequestIdsAreKept(String path, DemoCaller caller) {
        given().auth().oauth2(caller.token()).header("X-Request-Id", "gw-12345").get(path)
                .then().statusCode(200).header("X-Request-Id", "gw-12345");
        given().auth().oauth2(caller.token()).get(path)
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(caller.token()).header("X-Request-Id", "bad id\twith spaces").get(path)
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
