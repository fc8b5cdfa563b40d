package edu.meridian.gateway;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real signed tokens and real code-flow sessions from Quarkus' OIDC Dev Services (in-process, no Docker). */
final class DevOidc {

    private DevOidc() {
    }

    static String server() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** An access token of a Dev Services user (alice: admin, user; bob: user), by the password grant. */
    static String token(String user) {
        return RestAssured.given().formParam("grant_type", "password").formParam("username", user)
                .formParam("password", user).formParam("client_id", "quarkus-app").formParam("client_secret", "secret")
                .post(server() + "/token").then().statusCode(200).extract().path("access_token");
    }

    /**
     * Signs in through the gateway like a browser: /auth/login, the Dev Services login page (a custom user with
     * roles), the callback; returns the answer of /auth/login after the session was made.
     */
    static HttpResponse<String> login(Browser browser, String gateway, String user, String roles, String redirect) {
        HttpResponse<String> toProvider = browser.get(gateway + "auth/login?redirect=" + redirect);
        assertThat(toProvider.statusCode()).as("login redirects to the OIDC server").isEqualTo(302);
        HttpResponse<String> page = browser.get(Browser.location(toProvider));
        Browser.Form form = Browser.form(page.body(), "class='custom-form'");
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("name", user);
        fields.put("roles", roles);
        HttpResponse<String> back = browser.postForm(page.uri().resolve(form.action()).toString(), fields);
        assertThat(back.statusCode()).as("the OIDC server sends the browser back: %s", back.body()).isEqualTo(302);
        HttpResponse<String> callback = browser.get(Browser.location(back));
        assertThat(callback.statusCode()).as("callback %s", callback.body()).isEqualTo(302);
        return browser.get(Browser.location(callback));
    }
}
