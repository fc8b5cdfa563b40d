package edu.meridian.gateway;

import edu.meridian.testing.OidcResource;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Campus systems and scripts with bearer tokens, signed in the test with the claims Keycloak issues (platform/testing's
 * Tokens against the WireMock OIDC server): routing and token relay, and the tokens the gateway must not relay.
 */
@QuarkusTest
@TestProfile(ApiClientTest.KeycloakLikeTokens.class)
class ApiClientTest {

    public static class KeycloakLikeTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.devservices.enabled", "false",
                    "quarkus.oidc.client-id", "meridian-gateway",
                    "quarkus.oidc.credentials.secret", "not-used-by-bearer-tokens");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcResource.class), new TestResourceEntry(Upstreams.class));
        }
    }

    @BeforeEach
    void reset() {
        Upstreams.LAST.set(null);
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
    }

    @Test
    void routesPathsUnchangedAndRelaysTheBearerToken() {
        String token = Tokens.of("alice", "office-staff");
        given().auth().oauth2(token).header("X-Request-Id", "req-42").cookie("JSESSIONID", "browser-secret")
                .get("/api/partners/institutions?country=SG&page=2")
                .then().statusCode(200).body("path", equalTo("/api/partners/institutions"))
                .header("X-Request-Id", "req-42")
                .header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
        Upstreams.Received received = Upstreams.LAST.get();
        assertThat(received.uri()).isEqualTo("/api/partners/institutions?country=SG&page=2");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("Cookie")).as("the browser's cookies never reach a service").isNull();
        assertThat(received.header("X-Request-Id")).isEqualTo("req-42");
        assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost");
    }

    @Test
    void givesEveryRequestAnIdAndReplacesForgedForwardingHeaders() {
        given().auth().oauth2(Tokens.of("bob", "office-staff")).header("X-Request-Id", "<script>")
                .header("X-Forwarded-For", "10.6.6.6")
                .get("/api/programmes/calls").then().statusCode(200).header("X-Request-Id", notNullValue());
        Upstreams.Received received = Upstreams.LAST.get();
        assertThat(received.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
    }

    @Test
    void meDescribesTheCaller() {
        given().auth().oauth2(Tokens.user("zhang.wei").roles("office-admin").unit("international-office").sign())
                .get("/api/me").then().statusCode(200)
                .body("username", equalTo("zhang.wei")).body("roles", hasItems("office-admin"))
                .body("unit", equalTo("international-office")).body("locale", equalTo("zh-CN"));
    }

    @Test
    void campusSystemsChangeThingsWithoutTheAppHeader() {
        // A foreign page cannot send a bearer token, so no CSRF header is needed.
        given().auth().oauth2(Tokens.of("service-account-meridian-campus", "campus-system")).contentType("application/json")
                .body("{}").post("/api/partners/institutions").then().statusCode(201);
    }

    @Test
    void upstreamDownGives502AndSlowGives504WithinBoundedTime() {
        String token = Tokens.of("bob", "office-staff");
        given().auth().oauth2(token).get("/api/visits/delegations").then().statusCode(502)
                .contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:upstream-unavailable"));
        long start = System.nanoTime();
        given().auth().oauth2(token).get("/api/admissions/applications").then().statusCode(504)
                .contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:upstream-timeout"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until 504").isLessThan(4_000);
    }

    /** A change the service did not answer in time may still be committed: the 504 does not claim it failed. */
    @Test
    void aSlowChangeIsNotReportedAsFailed() {
        given().auth().oauth2(Tokens.of("bob", "office-staff")).contentType("application/json").body("{}")
                .post("/api/admissions/applications").then().statusCode(504)
                .contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:upstream-timeout"))
                .body("detail", containsString("may or may not have been made"));
        given().auth().oauth2(Tokens.of("bob", "office-staff")).get("/api/admissions/applications").then().statusCode(504)
                .body("detail", not(containsString("may or may not")));
    }

    @Test
    void tokensNotMeantForTheServicesAre401AndNeverRelayed() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("wrong audience", Tokens.user("bob").roles("office-staff").audience("account").sign());
        refused.put("ID token", Tokens.user("bob").roles("office-staff").idToken().sign());
        refused.put("expired", Tokens.user("bob").roles("office-staff").expired().sign());
        refused.put("wrong issuer", Tokens.user("bob").roles("office-staff").issuer("https://evil.example.com").sign());
        refused.put("alg=none", Tokens.user("bob").roles("office-staff").unsigned());
        refused.put("foreign key", Tokens.user("bob").roles("office-staff").signWithForeignKey());
        refused.put("client not listed", issuedTo("meridian-reports"));
        refused.put("no authorised party", issuedTo(null));
        refused.forEach((why, token) -> {
            given().auth().oauth2(token).get("/api/partners/institutions").then().statusCode(401);
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .post("/api/partners/institutions").then().statusCode(401);
            given().auth().oauth2(token).get("/api/me").then().statusCode(401);
            assertThat(Upstreams.LAST.get()).as(why + ": nothing reached the service").isNull();
        });
        given().auth().oauth2(issuedTo("meridian-campus")).get("/api/partners/institutions").then().statusCode(200);
    }

    @Test
    void documentsOfTwentyMegabytesPassAndLargerBodiesGetAProblem413() {
        String token = Tokens.of("wang.fang", "office-staff");
        byte[] document = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(document, (byte) 'a');
        given().auth().oauth2(token).contentType("application/pdf").body(document)
                .post("/api/partners/agreements/42/documents").then().statusCode(201);
        assertThat(Upstreams.LAST.get().body()).hasSize(document.length);

        Upstreams.LAST.set(null);
        byte[] tooLarge = new byte[26 * 1024 * 1024];
        given().auth().oauth2(token).contentType("application/pdf").body(tooLarge)
                .post("/api/partners/agreements/42/documents").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:too-large"))
                .body("detail", containsString("25 MB"));
        assertThat(Upstreams.LAST.get()).isNull();
        // The connection was not dropped: the next request is answered.
        given().auth().oauth2(token).get("/api/partners/institutions").then().statusCode(200);
    }

    /** Programmes-service takes 15 MB: a larger body is refused at the gateway, not cut off by the service. */
    @Test
    void eachRouteRefusesBodiesLargerThanItsServiceTakes() {
        String token = Tokens.of("liu.yang", "student");
        byte[] fourteen = new byte[14 * 1024 * 1024];
        given().auth().oauth2(token).contentType("application/pdf").body(fourteen)
                .post("/api/programmes/applications/42/documents").then().statusCode(201);
        assertThat(Upstreams.LAST.get().body()).hasSize(fourteen.length);

        Upstreams.LAST.set(null);
        byte[] sixteen = new byte[16 * 1024 * 1024];
        given().auth().oauth2(token).contentType("application/pdf").body(sixteen)
                .post("/api/programmes/applications/42/documents").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:meridian:problem:too-large"))
                .body("detail", containsString("15 MB"));
        assertThat(Upstreams.LAST.get()).as("nothing reached programmes-service").isNull();
    }

    /** An office-staff token issued to the given client (null: a token without azp). */
    private static String issuedTo(String client) {
        return Tokens.user("bob").roles("office-staff").client(client).sign();
    }
}
