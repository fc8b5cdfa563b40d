package edu.meridian.partners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input, however malformed, yields a 5xx: every JSON endpoint of the live OpenAPI document gets broken bodies
 * as an office admin (who passes every role check) and must answer 4xx problem+json.
 */
@QuarkusTest
class MalformedInputTest {

    private static final List<byte[]> BODIES = List.of(
            bytes(""), bytes("null"), bytes("[]"), bytes("{"), bytes("\"text\""), bytes("42"), bytes("true"),
            bytes("{\"name\": 7, \"to\": [], \"kind\": {}, \"country\": false, \"partnerIds\": \"x\"}"),
            bytes("{\"name\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}"),
            bytes("[".repeat(5_000) + "]".repeat(5_000)),
            bytes("{\"effectiveDate\": \"2026-02-30\", \"expiryDate\": \"yesterday\", \"placesPerYear\": 1e309}"),
            bytes("{\"to\": \"" + "\\u0000".repeat(10) + "\"}"),
            new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

    @TestFactory
    Stream<DynamicTest> everyJsonEndpointAnswersBrokenBodiesWithAProblem() {
        List<DynamicTest> tests = new ArrayList<>();
        jsonEndpoints().forEach(endpoint -> {
            String method = endpoint.getKey();
            String path = endpoint.getValue();
            for (int i = 0; i < BODIES.size(); i++) {
                byte[] body = BODIES.get(i);
                tests.add(DynamicTest.dynamicTest(method + " " + path + " body #" + i, () -> {
                    var response = given().auth().oauth2(PartnersFixtures.admin()).header("If-Match", "\"0\"")
                            .contentType("application/json").body(body)
                            .request(method, path.replaceAll("\\{(version|from|to)}", "1")
                                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                    assertThat(response.statusCode()).as(method + " " + path).isBetween(400, 499);
                    assertThat(response.contentType()).as(method + " " + path).startsWith("application/problem+json");
                }));
            }
        });
        return tests.stream();
    }

    /** (method, path) of every operation whose request body is JSON. */
    private static List<Map.Entry<String, String>> jsonEndpoints() {
        JsonNode openApi;
        try {
            openApi = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<Map.Entry<String, String>> endpoints = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (operation.getValue().path("requestBody").path("content").has("application/json")) {
                    endpoints.add(Map.entry(operation.getKey().toUpperCase(), path.getKey()));
                }
            });
        }
        assertThat(endpoints).isNotEmpty();
        return endpoints;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
