package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedBodiesTest {

    /** Refuses every JSON body with a 400 problem, as a service should refuse these. */
    private static final Function<StubService.Request, StubService.Reply> REFUSES = request -> StubService.Reply.problem(400);

    @Test
    void aServiceThatRefusesEveryBrokenBodyWithAProblemPasses() {
        try (StubService stub = StubService.things(REFUSES)) {
            Outcomes outcomes = Outcomes.of(MalformedBodies.as(Callers.ZHANG_WEI).also("{\"places\": -1}").tests());

            assertThat(outcomes.failed()).isEmpty();
            int perOperation = BrokenJsonBodies.generic().size() + 4 + 1;
            assertThat(outcomes.names()).hasSize(2 * perOperation)
                    .allMatch(name -> name.startsWith("POST /api/things with ") || name.startsWith("PUT /api/things/{id} with "))
                    .contains("PUT /api/things/{id} with every field of the wrong type → 4xx problem",
                            "POST /api/things with the service's body #1 → 4xx problem");
            assertThat(stub.received).allSatisfy(request -> {
                assertThat(request.authenticated()).isTrue();
                assertThat(request.roles()).contains("office-admin");
                assertThat(request.contentType()).startsWith("application/json");
            });
        }
    }

    @Test
    void a5xxOrAnAcceptedBodyOrAProblemWithoutItsMediaTypeFails() {
        try (StubService stub = StubService.things(request -> {
            if (request.text().isEmpty()) {
                return StubService.Reply.problem(500);
            }
            if (request.text().equals("true")) {
                return StubService.Reply.json(201);
            }
            if (request.text().equals("42")) {
                return new StubService.Reply(400, "text/plain", "bad");
            }
            return StubService.Reply.problem(400);
        })) {
            assertThat(Outcomes.of(MalformedBodies.as(Callers.ZHANG_WEI).tests()).failed()).containsExactlyInAnyOrder(
                    "POST /api/things with an empty body → 4xx problem", "PUT /api/things/{id} with an empty body → 4xx problem",
                    "POST /api/things with a boolean → 4xx problem", "PUT /api/things/{id} with a boolean → 4xx problem",
                    "POST /api/things with a number → 4xx problem", "PUT /api/things/{id} with a number → 4xx problem");
        }
    }

    @Test
    void theBodiesFromTheSchemaAreWrongInEveryField() throws IOException {
        JsonNode schema = operation("POST /api/things").bodySchema(ApiOperation.JSON);
        List<BrokenJsonBodies.Body> bodies = BrokenJsonBodies.forSchema(schema);

        assertThat(json(bodies, "every field of the wrong type").toString()).isEqualTo(
                "{\"name\":false,\"kind\":7,\"places\":\"x\",\"share\":\"x\",\"starts\":7,\"partnerId\":7,\"tags\":\"x\",\"active\":\"x\"}");
        assertThat(json(bodies, "every nested value of the wrong type").toString()).isEqualTo(
                "{\"name\":{\"zh\":7,\"en\":7},\"kind\":7,\"places\":\"x\",\"share\":\"x\",\"starts\":7,\"partnerId\":7,\"tags\":[7],\"active\":\"x\"}");
        assertThat(new String(body(bodies, "impossible values").bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"name\":{\"zh\":\"" + "\\u0000".repeat(10) + "\",\"en\":\"" + "\\u0000".repeat(10) + "\"},"
                        + "\"kind\":\"no-such-value\",\"places\":99999999999999999999999999,\"share\":1E+309,\"starts\":\"2026-02-30\","
                        + "\"partnerId\":\"not-a-uuid\",\"tags\":[\"" + "\\u0000".repeat(10) + "\"],\"active\":\"x\"}");
        JsonNode tooLong = json(bodies, "a string longer than its maxLength");
        assertThat(tooLong.at("/name/zh").asText()).hasSize(100_000);
        assertThat(tooLong.at("/name/en").asText()).isEqualTo("x");
        assertThat(tooLong.path("kind").asText()).isEqualTo("university");
    }

    @Test
    void aSchemaWithoutPropertiesGivesNoBodiesOfItsOwn() throws IOException {
        assertThat(BrokenJsonBodies.forSchema(new ObjectMapper().readTree("{\"type\": \"string\"}"))).isEmpty();
    }

    private static ApiOperation operation(String key) {
        return StubService.thingsOperations().stream().filter(operation -> operation.key().equals(key)).findFirst().orElseThrow();
    }

    private static BrokenJsonBodies.Body body(List<BrokenJsonBodies.Body> bodies, String name) {
        return bodies.stream().filter(body -> body.name().startsWith(name)).findFirst().orElseThrow();
    }

    private static JsonNode json(List<BrokenJsonBodies.Body> bodies, String name) throws IOException {
        return new ObjectMapper().readTree(body(bodies, name).bytes());
    }
}
