package edu.meridian.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service checks every token itself: on every operation of its live OpenAPI document, a token with a wrong
 * issuer, a wrong audience, expired, {@code alg=none}, a foreign signature, a tampered payload, an ID token, a token
 * issued to a client the service does not list ({@code azp}, as a client added to the realm later would get) or to
 * none, garbage and an empty one are refused with 401 (so never a 5xx), while the same caller's real token is not. On
 * a public operation ({@link #open}) a bad token earns nothing: a 401, or the answer a call without a token gets.
 */
public final class BadTokens {

    /** A client of the realm that no service lists in {@code meridian.token.authorised-parties}. */
    public static final String UNLISTED_CLIENT = "meridian-reports";

    private final DemoCaller caller;
    private OperationRequests requests = OperationRequests.standard();
    private final Set<String> open = new HashSet<>();

    private BadTokens(DemoCaller caller) {
        this.caller = caller;
    }

    /** The bad tokens are variants of this caller's. */
    public static BadTokens of(DemoCaller caller) {
        return new BadTokens(caller);
    }

    public BadTokens requests(OperationRequests requests) {
        this.requests = requests;
        return this;
    }

    /** Public operations ({@code "GET /api/…/verify/{code}"}), which answer without a token too. */
    public BadTokens open(String... operations) {
        open.addAll(List.of(operations));
        return this;
    }

    /** What is wrong → the token, signed when the test runs. */
    public Map<String, Supplier<String>> variants() {
        Map<String, Supplier<String>> variants = new LinkedHashMap<>();
        variants.put("a wrong issuer", () -> caller.tokens().issuer("https://evil.example.com").sign());
        variants.put("a wrong audience", () -> caller.tokens().audience("account").sign());
        variants.put("an ID token", () -> caller.tokens().idToken().sign());
        variants.put("an expired token", () -> caller.tokens().expired().sign());
        variants.put("alg none", () -> caller.tokens().unsigned());
        variants.put("a foreign signature", () -> caller.tokens().signWithForeignKey());
        variants.put("a tampered payload", () -> promotedToAdmin(caller.token()));
        variants.put("an unlisted client", () -> caller.tokens().client(UNLISTED_CLIENT).sign());
        variants.put("no authorised party", () -> caller.tokens().client(null).sign());
        variants.put("garbage", () -> "not-a-jwt");
        variants.put("an empty token", () -> "");
        return variants;
    }

    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation operation : OpenApiOperations.served()) {
            if (open.contains(operation.key())) {
                variants().forEach((what, token) -> tests.add(DynamicTest.dynamicTest(operation + " with " + what
                        + " answers as without a token", () -> assertThat(requests.send(operation, token.get())
                        .statusCode()).as(operation + " with " + what)
                        .isIn(401, requests.send(operation, null).statusCode()).isLessThan(500))));
            } else {
                variants().forEach((what, token) -> tests.add(DynamicTest.dynamicTest(operation + " with " + what
                        + " → 401", () -> assertThat(requests.send(operation, token.get()).statusCode())
                        .as(operation + " with " + what).isEqualTo(401))));
            }
            tests.add(DynamicTest.dynamicTest(operation + " with " + caller + "'s real token is not refused",
                    () -> assertThat(requests.send(operation, caller.token()).statusCode()).as(operation + " as " + caller)
                            .isNotEqualTo(401).isLessThan(500)));
        }
        return tests.stream();
    }

    /** The payload's roles replaced by office-admin, the original signature kept. */
    private static String promotedToAdmin(String token) {
        String[] parts = token.split("\\.");
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode payload = (ObjectNode) mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            payload.putObject("realm_access").putArray("roles").add("office-admin");
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(payload))
                    + "." + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
