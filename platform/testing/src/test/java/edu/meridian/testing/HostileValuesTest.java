package edu.meridian.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class HostileValuesTest {

    /** One record, read and replaced, with a query parameter and a JSON body of three fields. */
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {"/api/things/{id}": {
              "get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                                     {"name": "size", "in": "query", "schema": {"type": "integer"}}]},
              "put": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                      "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                        "name": {"type": "string"}, "places": {"type": "integer"}, "startsOn": {"type": "string", "format": "date"}}}}}}},
              "delete": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]}}}}""";
    private static final String THING = "/api/things/7f1e4a51-54d5-4f5e-9d7c-1f0fd3c0a001";

    private static HostileValues runner() {
        return HostileValues.as(Callers.ZHANG_WEI).record("/api/things/{id}", "7f1e4a51-54d5-4f5e-9d7c-1f0fd3c0a001")
                .body("PUT /api/things/{id}", "{\"name\": \"Deakin\", \"places\": 4, \"startsOn\": \"2026-09-01\"}");
    }

    @Test
    void aServiceThatRefusesOrAcceptsEveryHostileValueCleanlyPasses() {
        Function<StubService.Request, StubService.Reply> handler = request -> {
            if (request.method().equals("GET")) {
                return new StubService.Reply(200, "application/json", "{\"name\": \"Deakin\"}", "\"3\"");
            }
            return request.text().contains("\\u0000") ? StubService.Reply.problem(400) : StubService.Reply.json(200);
        };
        try (StubService stub = StubService.serving(DOCUMENT, "openapi: 3.1.0\n", handler)) {
            Outcomes outcomes = Outcomes.of(runner().tests());

            assertThat(outcomes.failed()).isEmpty();
            assertThat(outcomes.names()).contains(
                    "GET /api/things/{id} with query parameter size = 2^31 → 2xx or 4xx problem, nothing changed on a 4xx",
                    "GET /api/things/{id} with query parameter size = a NUL character → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /name = 100,000 characters → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /name = upper case DEAKIN → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /places = 2^63 → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /startsOn = year +999999999 → 2xx or 4xx problem, nothing changed on a 4xx")
                    .noneMatch(name -> name.startsWith("DELETE"));
            List<StubService.Request> puts = stub.received.stream().filter(request -> request.method().equals("PUT")).toList();
            assertThat(puts).isNotEmpty().allSatisfy(request -> {
                assertThat(request.path()).isEqualTo(THING);
                assertThat(request.ifMatch()).as("the record's current ETag").isEqualTo("\"3\"");
                assertThat(request.roles()).contains("office-admin");
            });
            assertThat(puts).anySatisfy(request -> assertThat(request.text())
                    .isEqualTo("{\"name\":\"Deakin\",\"places\":2147483648,\"startsOn\":\"2026-09-01\"}"));
            assertThat(stub.received).anySatisfy(request -> assertThat(request.query()).isEqualTo("size=a\u0000b"));
        }
    }

    @Test
    void a5xxAProblemWithoutItsMediaTypeOrARecordChangedByARefusalFails() {
        AtomicInteger changes = new AtomicInteger();
        Function<StubService.Request, StubService.Reply> handler = request -> {
            if (request.method().equals("GET")) {
                if (request.query() != null && request.query().contains("\u0000")) {
                    return StubService.Reply.problem(500);
                }
                return new StubService.Reply(200, "application/json", "{\"v\": " + changes.get() + "}", "\"" + changes.get() + "\"");
            }
            if (request.text().contains("2147483648")) {
                return new StubService.Reply(400, "text/plain", "too big");
            }
            if (request.text().contains("\"startsOn\":\"9999-12-31\"")) {
                changes.incrementAndGet();
                return StubService.Reply.problem(422);
            }
            return StubService.Reply.json(200);
        };
        try (StubService stub = StubService.serving(DOCUMENT, "openapi: 3.1.0\n", handler)) {
            assertThat(Outcomes.of(runner().tests()).failed()).containsExactlyInAnyOrder(
                    "GET /api/things/{id} with query parameter size = a NUL character → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /places = 2^31 → 2xx or 4xx problem, nothing changed on a 4xx",
                    "PUT /api/things/{id} with body /startsOn = year 9999 → 2xx or 4xx problem, nothing changed on a 4xx");
        }
    }

    @Test
    void aBodyForAnOperationThatIsNotServedFails() {
        try (StubService stub = StubService.serving(DOCUMENT, "openapi: 3.1.0\n", request -> StubService.Reply.json(200))) {
            assertThat(Outcomes.of(HostileValues.as(Callers.ZHANG_WEI).body("POST /api/gone", "{}").tests()).failed())
                    .containsExactly("every body given belongs to a JSON operation served");
        }
    }
}
