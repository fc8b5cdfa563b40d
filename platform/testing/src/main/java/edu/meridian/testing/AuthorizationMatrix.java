package edu.meridian.testing;

import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation the service serves (read from its live OpenAPI document) × every realm role, each role played by
 * its demo caller: no token → 401, a role outside the operation's list → 403, a role inside it gets past security
 * (neither 401 nor 403, and no 5xx). A public operation ({@link #open}) passes security without a token and with every
 * role's. An operation served but missing from the matrix fails, so no endpoint ships
 * without deciding who may call it. With {@link #reads}, it also checks what each role reads of existing records
 * ({@link #fieldTests()}). The service's test supplies only the data:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyOperationTimesEveryRole() {
 *     return new AuthorizationMatrix()
 *             .allow(List.of(Roles.OFFICE_ADMIN), "DELETE /api/partners/alliances/{id}")
 *             ...
 *             .tests();
 * }
 * }</pre>
 */
public final class AuthorizationMatrix {

    private final Map<String, List<String>> allowed = new LinkedHashMap<>();
    private final Set<String> open = new TreeSet<>();
    private final List<ResponseFields> reads = new ArrayList<>();
    private OperationRequests requests = OperationRequests.standard();

    /** These roles may call these operations ({@code "METHOD /path/template"}); every other role gets 403. */
    public AuthorizationMatrix allow(List<String> roles, String... operations) {
        roles.stream().filter(role -> !Callers.ROLES.contains(role)).findAny().ifPresent(role -> {
            throw new IllegalArgumentException(role + " is not a realm role: " + Callers.ROLES);
        });
        for (String operation : operations) {
            if (allowed.put(operation, List.copyOf(roles)) != null) {
                throw new IllegalArgumentException(operation + " is in the matrix twice");
            }
        }
        return this;
    }

    /**
     * Public operations, which anyone may call without a token (a page that confirms a document to whoever holds
     * it): without a token and with each role's they pass security (neither 401 nor 403, no 5xx).
     */
    public AuthorizationMatrix open(String... operations) {
        for (String operation : operations) {
            if (allowed.put(operation, List.copyOf(Callers.ROLES)) != null || !open.add(operation)) {
                throw new IllegalArgumentException(operation + " is in the matrix twice");
            }
        }
        return this;
    }

    /** What each role reads of these records: checked by {@link #fieldTests()} for every role the matrix lets read. */
    public AuthorizationMatrix reads(ResponseFields... fields) {
        for (ResponseFields field : fields) {
            if (!allowed.containsKey(field.operation())) {
                throw new IllegalArgumentException(field.operation() + " is not in the matrix");
            }
            reads.add(field);
        }
        return this;
    }

    /** Per {@link #reads} and every role that may call its operation: the fields it reads and those withheld. */
    public Stream<DynamicTest> fieldTests() {
        if (reads.isEmpty()) {
            throw new IllegalStateException("No reads() to test");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (ResponseFields fields : reads) {
            for (String role : allowed.get(fields.operation())) {
                DemoCaller caller = Callers.withRole(role);
                tests.add(DynamicTest.dynamicTest(fields + " as " + role, () -> fields.check(role, caller)));
            }
        }
        return tests.stream();
    }

    public AuthorizationMatrix requests(OperationRequests requests) {
        this.requests = requests;
        return this;
    }

    public Stream<DynamicTest> tests() {
        List<ApiOperation> served = OpenApiOperations.served();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the matrix lists exactly the operations served", () -> coverage(served)));
        for (ApiOperation operation : served) {
            if (open.contains(operation.key())) {
                tests.add(DynamicTest.dynamicTest(operation + " without a token passes (public)",
                        () -> assertThat(requests.send(operation, null).statusCode()).as(operation + " without a token")
                                .isNotIn(401, 403).isLessThan(500)));
            } else {
                tests.add(DynamicTest.dynamicTest(operation + " without a token → 401",
                        () -> assertThat(requests.send(operation, null).statusCode()).as(operation + " without a token")
                                .isEqualTo(401)));
            }
            List<String> roles = allowed.get(operation.key());
            if (roles != null) {
                Callers.ROLES.forEach(role -> tests.add(roleTest(operation, role, roles.contains(role))));
            }
        }
        return tests.stream();
    }

    private DynamicTest roleTest(ApiOperation operation, String role, boolean mayCall) {
        DemoCaller caller = Callers.withRole(role);
        String name = operation + " as " + role + " (" + caller + ")";
        return DynamicTest.dynamicTest(name + (mayCall ? " passes security" : " → 403"), () -> {
            int status = requests.send(operation, caller.token()).statusCode();
            if (mayCall) {
                assertThat(status).as(name).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(status).as(name).isEqualTo(403);
            }
        });
    }

    private void coverage(List<ApiOperation> served) {
        Set<String> missing = new TreeSet<>();
        served.forEach(operation -> missing.add(operation.key()));
        Set<String> notServed = new TreeSet<>(allowed.keySet());
        notServed.removeAll(missing);
        missing.removeAll(allowed.keySet());
        assertThat(missing).as("operations served but missing from the matrix (decide who may call them)").isEmpty();
        assertThat(notServed).as("operations in the matrix that the service does not serve").isEmpty();
    }
}
