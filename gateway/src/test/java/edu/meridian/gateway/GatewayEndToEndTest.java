package edu.meridian.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The gateway against a real Keycloak (started from its Maven distribution with keycloak/realm-meridian.json) and the
 * real, packaged partners-service on PostgreSQL and Kafka: a scripted browser signs in through Keycloak's login
 * form, works with agreements, and signs out; tokens that must not pass are refused at the gateway and the service.
 */
@QuarkusTest
@TestProfile(GatewayEndToEndTest.RealKeycloak.class)
class GatewayEndToEndTest {

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.devservices.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EndToEndStack.class));
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void officeStaffSignsInCreatesAndReadsAnAgreement() {
        Browser browser = new Browser();
        HttpResponse<String> landed = signIn(browser, "wang.fang", "/partners/agreements");
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/partners/agreements");

        HttpResponse<String> me = api(browser, "GET", "api/me", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"wang.fang\"", "\"roles\":[", "office-staff",
                "\"unit\":\"international-office\"", "\"locale\":\"zh-CN\"", "\"name\":\"Fang Wang\"", "\"nameZh\":\"王芳\"");

        String name = "Nanyang Polytechnic " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> partner = api(browser, "POST", "api/partners/institutions", """
                {"name": {"zh": "南洋理工学院 %s", "en": "%s"}, "country": "SG", "kind": "university", "city": "Singapore"}"""
                .formatted(name, name));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
        String partnerId = idOf(partner);

        HttpResponse<String> created = api(browser, "POST", "api/partners/agreements", """
                {"kind": "scholarship_scheme", "title": {"zh": "护理学生新加坡奖学金项目 %s", "en": "Nursing scholarship scheme %s"},
                 "signingUnit": "nursing", "partnerIds": ["%s"], "effectiveDate": "2026-09-01", "expiryDate": "2031-08-31"}"""
                .formatted(name, name, partnerId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = idOf(created);

        HttpResponse<String> read = api(browser, "GET", "api/partners/agreements/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Nursing scholarship scheme " + name, "\"state\":\"draft\"", partnerId)
                .as("the service saw the signed-in user").contains("\"createdBy\":\"wang.fang\"");
    }

    private static String idOf(HttpResponse<String> response) {
        return response.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void theSessionOutlivesItsAccessTokensBecauseTheGatewayRefreshesThem() throws InterruptedException {
        Browser browser = new Browser();
        signIn(browser, "chen.jie", "/");
        assertThat(api(browser, "GET", "api/partners/institutions", null).statusCode()).isEqualTo(200);
        Thread.sleep((EndToEndStack.GATEWAY_TOKEN_SECONDS + 2) * 1000L);
        // The tokens of the sign-in have expired; the service accepts only a valid one, so the gateway refreshed it.
        HttpResponse<String> later = api(browser, "GET", "api/partners/institutions", null);
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        assertThat(later.headers().allValues("Set-Cookie")).as("the refreshed tokens went into a new session cookie")
                .anyMatch(cookie -> cookie.startsWith("q_session"));
        assertThat(api(browser, "GET", "api/me", null).body()).contains("\"username\":\"chen.jie\"");
    }

    @Test
    void applicantsRegisterThemselvesWithoutEmailVerification() {
        Browser browser = new Browser();
        HttpResponse<String> toKeycloak = browser.get(gateway + "auth/login?redirect=/apply");
        HttpResponse<String> loginPage = browser.get(Browser.location(toKeycloak));
        String link = loginPage.body().replaceAll("(?s).*href=\"([^\"]*login-actions/registration[^\"]*)\".*", "$1")
                .replace("&amp;", "&");
        HttpResponse<String> registration = browser.get(loginPage.uri().resolve(link).toString());
        assertThat(registration.statusCode()).isEqualTo(200);
        Browser.Form form = Browser.form(registration.body(), "id=\"kc-register-form\"");
        String user = "applicant-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
        fields.put("username", user);
        fields.put("email", user + "@example.org");
        fields.put("firstName", "Amina");
        fields.put("lastName", "Okafor");
        fields.put("password", "Applicant-2026!");
        fields.put("password-confirm", "Applicant-2026!");
        HttpResponse<String> registered = browser.postForm(registration.uri().resolve(form.action()).toString(), fields);
        assertThat(registered.statusCode()).as("no e-mail verification step: %s", registered.body()).isEqualTo(302);
        HttpResponse<String> callback = browser.get(Browser.location(registered));
        assertThat(browser.get(Browser.location(callback)).headers().firstValue("Location")).hasValue("/apply");
        HttpResponse<String> me = api(browser, "GET", "api/me", null);
        assertThat(me.body()).contains("\"username\":\"" + user + "\"", "applicant").doesNotContain("office-staff");
        // An applicant has no business with partner institutions.
        assertThat(api(browser, "GET", "api/partners/institutions", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theDocumentationPageReadsTheServicesLiveOpenApiThroughTheGateway() {
        RestAssured.given().get(gateway + "openapi/partners").then().statusCode(200)
                .body("info.title", equalTo("Meridian partners-service"))
                .body("paths", hasKey("/api/partners/institutions"));
    }

    @Test
    void theSessionCookieIsEncryptedHttpOnlyAndSameSite() {
        Browser browser = new Browser();
        HttpResponse<String> callback = signInUntilCallback(browser, "zhang.wei");
        List<String> sessionCookies = callback.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("q_session")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> {
            assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
            assertThat(cookie).as("plain http://localhost: no Secure in a local run").doesNotContainIgnoringCase("Secure");
        });
        // The tokens inside are encrypted (JWE: five parts, an encryption header), unreadable to scripts and to people.
        // A large session is split into q_session_chunk_1, _2…: joined in order they are one value.
        String value = sessionCookies.stream().sorted()
                .map(cookie -> cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                .collect(java.util.stream.Collectors.joining());
        assertThat(value.split("\\.")).hasSize(5);
        String header = new String(Base64.getUrlDecoder().decode(value.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"enc\":\"A256GCM\"");
    }

    @Test
    void aStudentIsRefusedByTheService() {
        Browser browser = new Browser();
        signIn(browser, "liu.yang", "/");
        assertThat(api(browser, "GET", "api/me", null).body()).contains("\"roles\":[", "student", "\"unit\":\"nursing\"");
        assertThat(api(browser, "GET", "api/partners/institutions", null).statusCode()).isEqualTo(403);
        assertThat(api(browser, "POST", "api/partners/institutions",
                "{\"name\":{\"zh\":\"x\",\"en\":\"x\"},\"country\":\"SG\",\"kind\":\"university\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        Browser browser = new Browser();
        signIn(browser, "li.na", "/");
        assertThat(api(browser, "GET", "api/me", null).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.get(gateway + "auth/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout)).startsWith(EndToEndStack.realmUrl + "/protocol/openid-connect/logout");
        HttpResponse<String> back = browser.follow(logout);
        assertThat(back.uri().toString()).startsWith(gateway.toString());

        assertThat(api(browser, "GET", "api/me", null).statusCode()).as("no session at the gateway").isEqualTo(499);
        HttpResponse<String> again = browser.follow(browser.get(gateway + "auth/login?redirect=/"));
        assertThat(again.body()).as("Keycloak asks for the password again").contains("kc-form-login");
    }

    @Test
    void staffFindPeopleAndUnitsByNameThroughTheDirectoryAndStudentsCannot() {
        String staff = passwordGrant(EndToEndStack.realmUrl, "meridian-cli", "wang.fang");
        RestAssured.given().auth().oauth2(staff).queryParam("q", "王芳").get(gateway + "api/directory/people")
                .then().statusCode(200).body("items.username", contains("wang.fang"))
                .body("items[0].nameZh", equalTo("王芳"))
                .body("items[0].nameEn", equalTo("Fang Wang"))
                .body("items[0].unit", equalTo("international-office"))
                .body("items[0]", not(hasKey("email")));
        RestAssured.given().auth().oauth2(staff).queryParam("q", "liu").get(gateway + "api/directory/people")
                .then().statusCode(200).body("items.username", contains("liu.qiang")); // the student liu.yang is not offered
        RestAssured.given().auth().oauth2(staff).queryParam("role", "college-liaison").get(gateway + "api/directory/people")
                .then().statusCode(200).body("items.username", contains("li.na"));
        RestAssured.given().auth().oauth2(staff).queryParam("username", "liu.yang", "nobody.here", "zhang.wei")
                .get(gateway + "api/directory/people").then().statusCode(200)
                .body("items.username", contains("liu.yang", "zhang.wei"))
                .body("items[0].nameZh", equalTo("刘洋"));
        RestAssured.given().auth().oauth2(staff).get(gateway + "api/directory/units").then().statusCode(200)
                .body("items.find { it.code == 'nursing' }.nameZh", equalTo("护理学院"))
                .body("items.find { it.code == 'nursing' }.nameEn", equalTo("School of Nursing"))
                .body("items.find { it.code == 'first-affiliated-hospital' }.kind", equalTo("hospital"));
        RestAssured.given().auth().oauth2(staff).queryParam("limit", 0).get(gateway + "api/directory/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("size"));

        String student = passwordGrant(EndToEndStack.realmUrl, "meridian-cli", "liu.yang");
        RestAssured.given().auth().oauth2(student).get(gateway + "api/directory/people").then().statusCode(403);
        RestAssured.given().auth().oauth2(student).get(gateway + "api/directory/units").then().statusCode(403);

        String directory = RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "meridian-directory").formParam("client_secret", "meridian-directory-demo-secret")
                .post(EndToEndStack.realmUrl + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        assertThat(status(gatewayApi(), directory)).as("the directory's own token opens no service").isEqualTo(401);
        assertThat(status(serviceApi(), directory)).isEqualTo(401);
    }

    @Test
    void campusSystemsUseClientCredentials() {
        String token = RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "meridian-campus").formParam("client_secret", "meridian-campus-demo-secret")
                .post(EndToEndStack.realmUrl + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        RestAssured.given().auth().oauth2(token).get(gateway + "api/partners/institutions").then().statusCode(200);
    }

    @Test
    void tokenRejectionMatrixAtTheGatewayAndTheService() {
        String valid = passwordGrant(EndToEndStack.realmUrl, "meridian-cli", "wang.fang");
        assertThat(status(gatewayApi(), valid)).isEqualTo(200);
        assertThat(status(serviceApi(), valid)).isEqualTo(200);

        // Same realm, same key, but asked for through another host name: a foreign issuer.
        String wrongIssuer = passwordGrant(EndToEndStack.realmUrl.replace("localhost", "127.0.0.1"), "meridian-cli", "wang.fang");
        String expiring = passwordGrant(EndToEndStack.realmUrl, EndToEndStack.EXPIRING_CLIENT, "wang.fang");
        String[] parts = valid.split("\\.");
        String algNone = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String badSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String wrongAudience = passwordGrant(EndToEndStack.realmUrl, EndToEndStack.NO_AUDIENCE_CLIENT, "wang.fang");
        String unlistedClient = passwordGrant(EndToEndStack.realmUrl, EndToEndStack.UNLISTED_CLIENT, "wang.fang");
        String idToken = RestAssured.given().formParam("grant_type", "password").formParam("client_id", "meridian-cli")
                .formParam("username", "wang.fang").formParam("password", "wang.fang-demo").formParam("scope", "openid")
                .post(EndToEndStack.realmUrl + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("id_token");
        sleepUntilExpired();

        Map<String, String> refusedEverywhere = new java.util.LinkedHashMap<>();
        refusedEverywhere.put("no token", null);
        refusedEverywhere.put("wrong issuer", wrongIssuer);
        refusedEverywhere.put("expired", expiring);
        refusedEverywhere.put("alg=none", algNone);
        refusedEverywhere.put("bad signature", badSignature);
        refusedEverywhere.forEach((what, token) -> {
            assertThat(status(gatewayApi(), token)).as("gateway, " + what).isEqualTo(401);
            assertThat(status(serviceApi(), token)).as("service, " + what).isEqualTo(401);
        });
        // The service checks what only it can: its audience and the token type (Keycloak's ID tokens say typ=ID).
        assertThat(status(serviceApi(), wrongAudience)).as("service, wrong audience").isEqualTo(401);
        assertThat(status(serviceApi(), idToken)).as("service, ID token").isEqualTo(401);
        assertThat(status(gatewayApi(), wrongAudience)).as("through the gateway, wrong audience").isEqualTo(401);
        assertThat(status(gatewayApi(), idToken)).as("through the gateway, ID token").isEqualTo(401);
        // A client added to the realm later (audience and type as Keycloak issues them) has no access by default.
        assertThat(status(serviceApi(), unlistedClient)).as("service, client not listed").isEqualTo(401);
        assertThat(status(gatewayApi(), unlistedClient)).as("gateway, client not listed").isEqualTo(401);
    }

    private static void sleepUntilExpired() {
        try {
            Thread.sleep(2_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String gatewayApi() {
        return gateway + "api/partners/institutions";
    }

    private static String serviceApi() {
        return EndToEndStack.partnersUrl + "/api/partners/institutions";
    }

    private static int status(String url, String token) {
        var request = RestAssured.given().accept("application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.get(url).statusCode();
    }

    private static String passwordGrant(String realmUrl, String client, String user) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user + "-demo")
                .post(realmUrl + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** The SPA's way of calling: JSON, the session cookie and X-Requested-With. */
    private HttpResponse<String> api(Browser browser, String method, String path, String body) {
        String url = gateway + path;
        if (method.equals("GET")) {
            return browser.get(url, "Accept", "application/json", "X-Requested-With", "JavaScript");
        }
        return browser.post(url, "application/json", body, "Accept", "application/json", "X-Requested-With", "JavaScript");
    }

    /** Keycloak's login form posted like a browser; returns the gateway's answer to the callback. */
    private HttpResponse<String> signInUntilCallback(Browser browser, String user) {
        return signInUntilCallback(browser, user, "/");
    }

    private HttpResponse<String> signInUntilCallback(Browser browser, String user, String redirect) {
        HttpResponse<String> toKeycloak = browser.get(gateway + "auth/login?redirect=" + redirect);
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        String authorize = Browser.location(toKeycloak);
        assertThat(authorize).startsWith(EndToEndStack.realmUrl + "/protocol/openid-connect/auth")
                .contains("code_challenge=").contains("code_challenge_method=S256");
        HttpResponse<String> page = browser.get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        Browser.Form form = Browser.form(page.body(), "id=\"kc-form-login\"");
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
        fields.put("username", user);
        fields.put("password", user + "-demo");
        HttpResponse<String> posted = browser.postForm(page.uri().resolve(form.action()).toString(), fields);
        assertThat(posted.statusCode()).as("Keycloak accepted the password: %s", posted.body()).isEqualTo(302);
        String callback = Browser.location(posted);
        assertThat(callback).startsWith(gateway + "auth/callback").contains("code=");
        HttpResponse<String> answer = browser.get(callback);
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    /** Signs in and follows the gateway back to the page; returns /auth/login's redirect to that page. */
    private HttpResponse<String> signIn(Browser browser, String user, String redirect) {
        HttpResponse<String> callback = signInUntilCallback(browser, user, redirect);
        return browser.get(Browser.location(callback));
    }
}
