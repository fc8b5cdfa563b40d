package edu.meridian.testing;

import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input, however malformed, yields a 5xx: every operation of the live OpenAPI document that takes JSON gets
 * {@link BrokenJsonBodies} (broken JSON, wrong shapes, and from its schema wrong types and impossible values) from a
 * caller who passes its role check, and must answer 4xx {@code application/problem+json}.
 */
public final class MalformedBodies {

    private final DemoCaller caller;
    private final List<BrokenJsonBodies.Body> extra = new ArrayList<>();
    private OperationRequests requests = OperationRequests.standard();

    private MalformedBodies(DemoCaller caller) {
        this.caller = caller;
    }

    /** Sends the bodies as this caller, who should pass every role check (an office admin). */
    public static MalformedBodies as(DemoCaller caller) {
        return new MalformedBodies(caller);
    }

    /** Bodies of the service's own, sent to every JSON operation besides the standard ones. */
    public MalformedBodies also(String... bodies) {
        for (String body : bodies) {
            extra.add(BrokenJsonBodies.Body.of("the service's body #" + (extra.size() + 1), body));
        }
        return this;
    }

    public MalformedBodies requests(OperationRequests requests) {
        this.requests = requests;
        return this;
    }

    public Stream<DynamicTest> tests() {
        List<ApiOperation> operations = OpenApiOperations.served().stream().filter(ApiOperation::takesJson).toList();
        if (operations.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("an operation that takes JSON",
                    () -> assertThat(operations).as("operations of the OpenAPI document that take JSON").isNotEmpty()));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation operation : operations) {
            List<BrokenJsonBodies.Body> bodies = new ArrayList<>(BrokenJsonBodies.generic());
            bodies.addAll(BrokenJsonBodies.forSchema(operation.bodySchema(ApiOperation.JSON)));
            bodies.addAll(extra);
            for (BrokenJsonBodies.Body body : bodies) {
                String name = operation + " with " + body.name();
                tests.add(DynamicTest.dynamicTest(name + " → 4xx problem", () -> {
                    Response response = requests.withoutBody(caller.token())
                            .contentType(ApiOperation.JSON).body(body.bytes())
                            .request(operation.method(), requests.path(operation));
                    assertThat(response.statusCode()).as(name).isBetween(400, 499);
                    assertThat(response.contentType()).as(name + ": content type").startsWith("application/problem+json");
                }));
            }
        }
        return tests.stream();
    }
}
