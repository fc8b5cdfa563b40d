package edu.meridian.testing;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationMatrixTest {

    private static final List<String> READ = List.of("office-admin", "office-staff", "leadership", "campus-system");
    private static final List<String> OFFICE = List.of("office-admin", "office-staff");

    private static final Map<String, List<String>> RULES = Map.of(
            "GET /api/things", READ,
            "POST /api/things", OFFICE,
            "GET /api/things/{id}", READ,
            "PUT /api/things/{id}", OFFICE,
            "DELETE /api/things/{id}", List.of("office-admin"),
            "GET /api/things/{id}/versions/{version}", READ,
            "POST /api/things/{id}/documents", List.of("office-admin", "office-staff", "college-liaison"),
            "POST /api/things/import", OFFICE);

    @Test
    void aMatrixThatSaysWhatTheServiceDoesPassesEveryCase() {
        try (StubService stub = StubService.things(secured(RULES))) {
            Outcomes outcomes = Outcomes.of(matrix(RULES).tests());

            assertThat(outcomes.failed()).isEmpty();
            // the coverage check, then per operation: without a token, and each of the ten roles
            assertThat(outcomes.names()).hasSize(1 + 8 * (1 + Callers.ROLES.size()))
                    .contains("DELETE /api/things/{id} as office-staff (wang.fang) → 403",
                            "DELETE /api/things/{id} as office-admin (zhang.wei) passes security",
                            "POST /api/things/{id}/documents as college-liaison (li.na) passes security",
                            "GET /api/things without a token → 401");
            assertThat(stub.received).filteredOn(request -> request.authorization() != null)
                    .allMatch(StubService.Request::authenticated);
        }
    }

    @Test
    void aRoleTheMatrixAllowsButTheServiceRefusesFails() {
        Map<String, List<String>> service = new HashMap<>(RULES);
        service.put("GET /api/things", List.of("office-admin", "office-staff", "leadership"));
        try (StubService stub = StubService.things(secured(service))) {
            assertThat(Outcomes.of(matrix(RULES).tests()).failed())
                    .containsExactly("GET /api/things as campus-system (service-account-meridian-campus) passes security");
        }
    }

    @Test
    void aRoleTheServiceLetsThroughButTheMatrixRefusesFails() {
        Map<String, List<String>> service = new HashMap<>(RULES);
        service.put("DELETE /api/things/{id}", OFFICE);
        try (StubService stub = StubService.things(secured(service))) {
            assertThat(Outcomes.of(matrix(RULES).tests()).failed())
                    .containsExactly("DELETE /api/things/{id} as office-staff (wang.fang) → 403");
        }
    }

    @Test
    void anOperationThatAnswersWithoutATokenFails() {
        Function<StubService.Request, StubService.Reply> secured = secured(RULES);
        try (StubService stub = StubService.things(request -> request.path().equals("/api/things/import")
                ? StubService.Reply.json(200) : secured.apply(request))) {
            assertThat(Outcomes.of(matrix(RULES).tests()).failed())
                    .contains("POST /api/things/import without a token → 401");
        }
    }

    @Test
    void anAllowedCallThatEndsInA5xxFails() {
        Function<StubService.Request, StubService.Reply> secured = secured(RULES);
        try (StubService stub = StubService.things(request -> {
            StubService.Reply reply = secured.apply(request);
            return request.path().startsWith("/api/things/") && reply.status() == 404 ? StubService.Reply.problem(500) : reply;
        })) {
            assertThat(Outcomes.of(matrix(RULES).tests()).failed())
                    .contains("GET /api/things/{id} as leadership (chen.jie) passes security")
                    .allMatch(name -> name.endsWith("passes security"));
        }
    }

    @Test
    void anOperationMissingFromTheMatrixOrAnEntryNotServedFailsTheCoverageCheck() {
        Map<String, List<String>> incomplete = new HashMap<>(RULES);
        incomplete.remove("DELETE /api/things/{id}");
        incomplete.put("GET /api/gone", READ);
        try (StubService stub = StubService.things(secured(RULES))) {
            Outcomes outcomes = Outcomes.of(matrix(incomplete).tests());
            assertThat(outcomes.failed()).containsExactly("the matrix lists exactly the operations served");
            assertThat(outcomes.failures().values().iterator().next())
                    .hasMessageContaining("DELETE /api/things/{id}");
            assertThat(outcomes.names()).contains("DELETE /api/things/{id} without a token → 401")
                    .doesNotContain("DELETE /api/things/{id} as office-admin (zhang.wei) passes security");
        }
    }

    @Test
    void pathVariablesTakeTheServicesValuesOrOneForIntegersOrARandomUuid() {
        try (StubService stub = StubService.things(secured(RULES))) {
            Outcomes.of(matrix(RULES)
                    .requests(OperationRequests.standard().pathValues(name -> name.equals("id") ? "existing-id" : null))
                    .tests());
            assertThat(stub.received).extracting(StubService.Request::path)
                    .contains("/api/things/existing-id/versions/1", "/api/things/existing-id/documents");
        }
        try (StubService stub = StubService.things(secured(RULES))) {
            Outcomes.of(matrix(RULES).tests());
            assertThat(stub.received).extracting(StubService.Request::path)
                    .anyMatch(path -> path.matches("/api/things/[0-9a-f-]{36}/versions/1"));
        }
    }

    @Test
    void callsCarryIfMatchAndAMinimalBodyOfTheFirstMediaType() {
        try (StubService stub = StubService.things(secured(RULES))) {
            Outcomes.of(matrix(RULES).requests(OperationRequests.standard()
                    .body("text/csv", request -> request.contentType("text/csv").body("name\n"))).tests());
            assertThat(stub.received).filteredOn(request -> request.path().equals("/api/things") && request.method().equals("POST"))
                    .allSatisfy(request -> assertThat(request.text()).isEqualTo("{}"));
            assertThat(stub.received).filteredOn(request -> request.path().endsWith("/documents"))
                    .allSatisfy(request -> assertThat(request.text()).contains("name=\"file\"; filename=\"file.pdf\"", "%PDF-1.4", "name=\"title\""));
            assertThat(stub.received).filteredOn(request -> request.path().endsWith("/import"))
                    .allSatisfy(request -> assertThat(request.text()).isEqualTo("name\n"));
        }
    }

    @Test
    void aPublicOperationPassesWithoutATokenAndWithEveryRoleButOnlyWhereTheServiceReallyAnswersEveryone() {
        Map<String, List<String>> rules = new HashMap<>(RULES);
        rules.remove("GET /api/things/{id}");
        Function<StubService.Request, StubService.Reply> secured = secured(RULES);
        Function<StubService.Request, StubService.Reply> publicThing = request -> request.method().equals("GET")
                && request.path().matches("/api/things/[^/]+") ? StubService.Reply.problem(404) : secured.apply(request);
        try (StubService stub = StubService.things(publicThing)) {
            Outcomes outcomes = Outcomes.of(matrix(rules).open("GET /api/things/{id}").tests());
            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.names()).contains("GET /api/things/{id} without a token passes (public)",
                    "GET /api/things/{id} as student (liu.yang) passes security");
        }
        try (StubService stub = StubService.things(secured)) {
            assertThat(Outcomes.of(matrix(rules).open("GET /api/things/{id}").tests()).failed())
                    .contains("GET /api/things/{id} without a token passes (public)",
                            "GET /api/things/{id} as student (liu.yang) passes security");
        }
    }

    @Test
    void aRoleThatIsNotInTheRealmOrAnOperationListedTwiceIsAMistake() {
        assertThatThrownBy(() -> new AuthorizationMatrix().allow(List.of("admin"), "GET /api/things"))
                .hasMessageContaining("admin is not a realm role");
        assertThatThrownBy(() -> new AuthorizationMatrix().allow(READ, "GET /api/things").allow(OFFICE, "GET /api/things"))
                .hasMessageContaining("GET /api/things is in the matrix twice");
    }

    private static AuthorizationMatrix matrix(Map<String, List<String>> rules) {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        rules.forEach((operation, roles) -> matrix.allow(roles, operation));
        return matrix;
    }

    /** A service that checks the token, then the role, then finds nothing (404) or refuses the body (400). */
    static Function<StubService.Request, StubService.Reply> secured(Map<String, List<String>> allowed) {
        return request -> {
            if (!request.authenticated()) {
                return StubService.Reply.problem(401);
            }
            ApiOperation operation = StubService.operationOf(request).orElseThrow();
            if (request.roles().stream().noneMatch(allowed.getOrDefault(operation.key(), List.of())::contains)) {
                return StubService.Reply.problem(403);
            }
            return StubService.Reply.problem(operation.takesJson() ? 400 : 404);
        };
    }
}
