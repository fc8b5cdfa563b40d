package edu.meridian.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway in front of small upstream servers, with real code-flow sessions from OIDC Dev Services: the
 * session's token relay, cookies, 401/499, CSRF, security headers, the SPA and login redirects. Bearer tokens:
 * {@link ApiClientTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = Upstreams.class, restrictToAnnotatedClass = true)
class GatewayTest {

    @TestHTTPResource("/")
    URL gateway;

    @BeforeEach
    void reset() {
        Upstreams.LAST.set(null);
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
    }

    @Test
    void refusesApiCallsWithoutValidCredentials() {
        given().get("/api/partners/institutions").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not-a-token").get("/api/partners/institutions").then().statusCode(401);
        given().header("X-Requested-With", "JavaScript").get("/api/partners/institutions").then().statusCode(499);
        given().header("X-Requested-With", "JavaScript").get("/api/me").then().statusCode(499);
        given().accept("text/html").get("/api/partners/institutions").then().statusCode(302)
                .header("Location", containsString(DevOidc.server()));
        assertThat(Upstreams.LAST.get()).as("nothing reached the service").isNull();
    }

    @Test
    void aValidlySignedTokenWithoutTheServicesAudienceIsNotRelayed() {
        // OIDC Dev Services' access tokens carry no aud, typ or azp: the kind a service refuses, so the gateway does too.
        given().auth().oauth2(DevOidc.token("alice")).get("/api/partners/institutions").then().statusCode(401);
        given().auth().oauth2(DevOidc.token("alice")).get("/api/me").then().statusCode(401);
        assertThat(Upstreams.LAST.get()).isNull();
    }

    @Test
    void browserSessionRelaysItsAccessTokenButNotItsCookies() {
        Browser browser = new Browser();
        HttpResponse<String> landed = DevOidc.login(browser, gateway.toString(), "wang.fang", "office-staff", "/partners/institutions");
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/partners/institutions");
        assertThat(browser.cookie(gateway.toString(), "q_session")).isNotNull();

        HttpResponse<String> me = browser.get(gateway + "api/me", "Accept", "application/json", "X-Requested-With", "JavaScript");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"wang.fang@").contains("office-staff");

        HttpResponse<String> read = browser.get(gateway + "api/partners/institutions", "Accept", "application/json",
                "X-Requested-With", "JavaScript");
        assertThat(read.statusCode()).isEqualTo(200);
        Upstreams.Received received = Upstreams.LAST.get();
        assertThat(received.header("Authorization")).startsWith("Bearer ey");
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    void csrfChangesWithTheSessionCookieNeedTheAppHeader() {
        Browser browser = new Browser();
        DevOidc.login(browser, gateway.toString(), "wang.fang", "office-staff", "/");
        HttpResponse<String> forged = browser.post(gateway + "api/partners/institutions", "application/json", "{}",
                "Accept", "application/json");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("urn:meridian:problem:csrf");
        assertThat(Upstreams.LAST.get()).isNull();

        HttpResponse<String> fromApp = browser.post(gateway + "api/partners/institutions", "application/json", "{}",
                "Accept", "application/json", "X-Requested-With", "JavaScript");
        assertThat(fromApp.statusCode()).isEqualTo(201);
        assertThat(Upstreams.LAST.get().method()).isEqualTo("POST");
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (Response response : new Response[] {
                given().get("/api/partners/institutions"),
                given().get("/"),
                given().get("/q/health/live")}) {
            response.then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin")
                    .header("Strict-Transport-Security", nullValue()); // a local run: plain http
        }
    }

    @Test
    void servesTheSpaWithClientRoutesAndCaching() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache").body(containsString("<div id=root>"));
        given().get("/partners/institutions/42").then().statusCode(200)
                .header("Cache-Control", "no-cache").body(containsString("<div id=root>"));
        given().get("/assets/index-B7x9kQ2a.js").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/assets/missing-B7x9kQ2a.js").then().statusCode(404);
        // Paths that try to leave the folder: PathTraversalTest, on a raw socket.
    }

    @Test
    void loginAcceptsOnlyPathsOfThisSite() {
        for (String foreign : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil",
                "javascript:alert(1)", "/\r\nSet-Cookie:x"}) {
            given().accept("text/html").queryParam("redirect", foreign).get("/auth/login")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Browser browser = new Browser();
        HttpResponse<String> landed = DevOidc.login(browser, gateway.toString(), "li.na", "college-liaison", "/partners?tab=2");
        assertThat(landed.headers().firstValue("Location")).hasValue("/partners?tab=2");
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = new Browser();
        DevOidc.login(browser, gateway.toString(), "wang.fang", "office-staff", "/");
        HttpResponse<String> logout = browser.get(gateway + "auth/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout)).startsWith(DevOidc.server());
        assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_session=").containsIgnoringCase("max-age=0"));
        assertThat(browser.get(gateway + "api/me", "X-Requested-With", "JavaScript").statusCode()).isEqualTo(499);
    }

    @Test
    void oneDocumentationPageListsEveryServicesLiveOpenApi() {
        given().cookie("JSESSIONID", "y").get("/openapi/partners").then().statusCode(200);
        Upstreams.Received received = Upstreams.LAST.get();
        assertThat(received.uri()).isEqualTo("/q/openapi?format=json");
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("Cookie")).isNull();
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/openapi/partners")).body(containsString("/openapi/visits"));
    }
}
