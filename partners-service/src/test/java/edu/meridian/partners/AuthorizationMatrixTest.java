package edu.meridian.partners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the service serves (read from its live OpenAPI document) × every realm role: no token → 401,
 * a role outside the endpoint's list → 403, a role inside it gets past security (any other answer). An endpoint
 * missing from {@link #MATRIX} fails the build, so a new endpoint cannot ship without deciding who may call it.
 * Record-level rules (a liaison's own unit, states) are tested with the aggregates themselves.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> READ = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON,
            Roles.LEADERSHIP, Roles.REVIEWER, Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM);
    private static final List<String> DRAFT = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON);
    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    private static final List<String> ADMIN = List.of(Roles.OFFICE_ADMIN);
    private static final List<String> ALL_ROLES = Stream.concat(READ.stream(), Stream.of("student", "applicant")).toList();

    /** method and path → the roles that get past security. */
    private static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

    static {
        allow(READ, "GET /api/partners/countries");
        allow(READ, "GET /api/partners/institutions", "GET /api/partners/institutions/{id}",
                "GET /api/partners/institutions/{id}/versions", "GET /api/partners/institutions/{id}/versions/{version}",
                "GET /api/partners/institutions/{id}/versions/compare");
        allow(OFFICE, "POST /api/partners/institutions", "PUT /api/partners/institutions/{id}",
                "POST /api/partners/institutions/{id}/transitions",
                "DELETE /api/partners/institutions/{id}/contacts/{contactId}");
        allow(READ, "GET /api/partners/institutions/export.csv");
        allow(OFFICE, "POST /api/partners/institutions/import");
        allow(READ, "GET /api/partners/agreements", "GET /api/partners/agreements/export.csv",
                "GET /api/partners/agreements/{id}", "GET /api/partners/agreements/{id}/versions",
                "GET /api/partners/agreements/{id}/versions/{version}", "GET /api/partners/agreements/{id}/versions/compare");
        allow(DRAFT, "POST /api/partners/agreements", "PUT /api/partners/agreements/{id}",
                "DELETE /api/partners/agreements/{id}", "POST /api/partners/agreements/{id}/transitions",
                "POST /api/partners/agreements/{id}/renewal");
        allow(READ, "GET /api/partners/agreements/{id}/documents", "GET /api/partners/agreements/{id}/documents/{documentId}",
                "GET /api/partners/agreements/{id}/documents/{documentId}/content");
        allow(DRAFT, "POST /api/partners/agreements/{id}/documents");
        allow(READ, "GET /api/partners/alliances", "GET /api/partners/alliances/{id}",
                "GET /api/partners/alliances/{id}/versions", "GET /api/partners/alliances/{id}/versions/{version}",
                "GET /api/partners/alliances/{id}/versions/compare");
        allow(OFFICE, "POST /api/partners/alliances", "PUT /api/partners/alliances/{id}");
        allow(ADMIN, "DELETE /api/partners/alliances/{id}");
        allow(READ, "GET /api/partners/joint-programmes", "GET /api/partners/joint-programmes/{id}",
                "GET /api/partners/joint-programmes/{id}/versions",
                "GET /api/partners/joint-programmes/{id}/versions/{version}",
                "GET /api/partners/joint-programmes/{id}/versions/compare");
        allow(OFFICE, "POST /api/partners/joint-programmes", "PUT /api/partners/joint-programmes/{id}",
                "POST /api/partners/joint-programmes/{id}/transitions");
        allow(READ, "GET /api/partners/figures/institutions-by-country", "GET /api/partners/figures/institutions-by-kind",
                "GET /api/partners/figures/agreements-by-kind-and-state", "GET /api/partners/figures/agreements-expiring");
    }

    private static void allow(List<String> roles, String... endpoints) {
        Arrays.stream(endpoints).forEach(endpoint -> MATRIX.put(endpoint, roles));
    }

    @Test
    void everyServedEndpointIsInTheMatrixAndEveryEntryIsServed() {
        Set<String> served = new TreeSet<>(endpoints().keySet());
        assertThat(served).as("endpoints served but missing from the matrix, or listed but not served")
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole() {
        Map<String, String> served = endpoints();
        List<DynamicTest> tests = new ArrayList<>();
        MATRIX.forEach((endpoint, allowed) -> {
            String contentType = served.get(endpoint);
            tests.add(DynamicTest.dynamicTest(endpoint + " without a token → 401",
                    () -> assertThat(call(endpoint, contentType, null)).isEqualTo(401)));
            for (String role : ALL_ROLES) {
                String token = Tokens.user("matrix-" + role).roles(role).unit("nursing").sign();
                boolean mayCall = allowed.contains(role);
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role + (mayCall ? " passes security" : " → 403"), () -> {
                    int status = call(endpoint, contentType, token);
                    if (mayCall) {
                        assertThat(status).as(endpoint + " as " + role).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(status).as(endpoint + " as " + role).isEqualTo(403);
                    }
                }));
            }
        });
        return tests.stream();
    }

    /** Calls the endpoint with made-up ids and a minimal body of its media type; returns the status. */
    private static int call(String endpoint, String contentType, String token) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replaceAll("\\{(version|from|to)}", "1")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        RequestSpecification request = given().header("If-Match", "\"0\"");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (contentType != null) {
            if (contentType.startsWith("multipart/")) {
                request.multiPart("file", "agreement.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf").multiPart("kind", "draft").multiPart("title", "draft");
            } else if (contentType.startsWith("text/csv")) {
                request.contentType(contentType).body("name_zh,name_en,country,kind\n");
            } else {
                request.contentType(contentType).body("{}");
            }
        }
        return request.request(method, path).statusCode();
    }

    /** "METHOD /path" → the first request media type (or null), from the live OpenAPI document. */
    private static Map<String, String> endpoints() {
        JsonNode openApi;
        try {
            openApi = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                Iterator<String> mediaTypes = operation.getValue().path("requestBody").path("content").fieldNames();
                endpoints.put(operation.getKey().toUpperCase() + " " + path.getKey(),
                        mediaTypes.hasNext() ? mediaTypes.next() : null);
            }
        }
        return endpoints;
    }
}
