package edu.meridian.gateway;

import edu.meridian.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request targets written by hand on a raw socket (HTTP clients would normalise them): dot segments, encoded dots,
 * slashes and backslashes, double slashes. None reaches another service than its prefix names, none a file outside
 * the SPA's folder; the gateway refuses them with 400.
 */
@QuarkusTest
@TestProfile(ApiClientTest.KeycloakLikeTokens.class)
class PathTraversalTest {

    @TestHTTPResource("/")
    URL gateway;

    @BeforeEach
    void reset() {
        Upstreams.LAST.set(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/assets/../../secret.txt", "/assets/../../../../../../etc/passwd", "/../secret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
            "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5c..%5csecret.txt",
            "/assets/..\\..\\secret.txt", "//etc/passwd", "/assets//..//..//secret.txt", "/assets/%252e%252e/secret.txt",
            "/assets/.%2e/.%2e/secret.txt", "/assets/..;/..;/secret.txt", "/assets/%00/../../secret.txt"})
    void noFileOutsideTheSpaFolder(String target) throws IOException {
        String answer = send("GET", target, null);
        assertThat(answer).doesNotContain("NOT-FOR-THE-WEB").doesNotContain("root:x:0:0");
        assertThat(status(answer)).as(answer).isIn(400, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/partners/../programmes/calls", "/api/partners/%2e%2e/programmes/calls",
            "/api/partners/%2E%2E/programmes/calls", "/api/partners/..%2fprogrammes%2fcalls",
            "/api/partners%2f..%2fprogrammes/calls", "/api/partners/..%5cprogrammes%5ccalls",
            "/api/partners/.%2e/programmes/calls", "/api/partners//../programmes/calls",
            "/api/partners/x/../../programmes/calls", "/api/partners/..;/programmes/calls",
            "/api/partners/%252e%252e/programmes/calls", "/api/partners/..%2f..%2fq%2fmetrics",
            "/api/partners/../../q/metrics", "/api/programmes/%2e%2e/partners/institutions",
            "/api/admissions/../partners/institutions", "/api/admissions/%2e%2e/visits/delegations",
            "/api/admissions/..%2fpartners%2finstitutions", "/api/admissions//../../q/metrics",
            "/api/visits/../admissions/applications", "/api/visits/%2E%2E/partners/agreements",
            "/api/visits/.%2e/.%2e/q/health", "/api/visits/..;/programmes/calls",
            "/api/directory/../partners/institutions", "/api/directory/%2e%2e/admissions/applications"})
    void noOtherServiceThanThePrefixNames(String target) throws IOException {
        String answer = send("GET", target, Tokens.of("wang.fang", "office-staff"));
        Upstreams.Received received = Upstreams.LAST.get();
        String named = target.replaceFirst("^/(?:api|openapi)/([a-z]+).*", "$1");
        if (received != null) {
            assertThat(received.service()).as(target).isEqualTo(named);
            assertThat(received.uri()).as("the service sees no way out of its prefix").startsWith("/api/" + named)
                    .doesNotContain("..").doesNotContainIgnoringCase("%2e").doesNotContainIgnoringCase("%2f");
        }
        assertThat(status(answer)).as(answer).isEqualTo(400);
        assertThat(received).as("refused before any service").isNull();
    }

    /** The public documentation route of each service reaches that service's OpenAPI document only. */
    @ParameterizedTest
    @ValueSource(strings = {"/openapi/partners/../programmes", "/openapi/partners/%2e%2e/%2e%2e/q/metrics",
            "/openapi/admissions/..%2f..%2fapi%2fpartners%2finstitutions", "/openapi/visits//../../etc/passwd",
            "/openapi/programmes/.%2e/.%2e/secret.txt"})
    void theDocumentationRoutesLeadNowhereElse(String target) throws IOException {
        String answer = send("GET", target, null);
        assertThat(answer).doesNotContain("NOT-FOR-THE-WEB").doesNotContain("root:x:0:0");
        assertThat(status(answer)).as(answer).isEqualTo(400);
        assertThat(Upstreams.LAST.get()).as("refused before any service").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/partners/institutions", "/assets/index-B7x9kQ2a.js", "/partners/institutions/42"})
    void ordinaryPathsStillWork(String target) throws IOException {
        assertThat(status(send("GET", target, Tokens.of("wang.fang", "office-staff")))).isEqualTo(200);
    }

    private String send(String method, String target, String token) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 ");
        return Integer.parseInt(answer.substring(9, 12));
    }
}
