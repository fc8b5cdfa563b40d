package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that refer to one record among several with the same key ({@code $ref}), records found again in a list
 * that is not paged, records addressed by another field than {@code id} ({@code id=}), and an update that creates
 * (201). One HTTP server on loopback stands in for Keycloak's token endpoint and the gateway, as in DemoDataUsersTest.
 */
class DemoDataReferencesTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger applications = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/meridian/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = form.replaceAll(".*username=([^&]*).*", "$1");
            answer(exchange, 200, "{\"access_token\": \"" + URLDecoder.decode(user, StandardCharsets.UTF_8) + "\"}");
        });
        server.createContext("/api/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String who = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(who + " " + method + " " + path + (body.isEmpty() ? "" : " " + body));
            if (method.equals("GET") && path.equals("/api/programmes/applications")) {
                answer(exchange, 200, "{\"items\": []}");
            } else if (method.equals("POST") && path.equals("/api/programmes/applications")) {
                answer(exchange, 201, "{\"id\": \"app" + applications.incrementAndGet() + "\"}");
            } else if (method.equals("GET") && path.equals("/api/programmes/applications/app1/reviewers")) {
                answer(exchange, 200, "[{\"id\": \"as1\", \"reviewer\": \"zhao.min\"}]");
            } else if (method.equals("GET") && path.endsWith("/reviewers")) {
                answer(exchange, 200, "[]");
            } else if (method.equals("POST") && path.endsWith("/reviewers")) {
                answer(exchange, 201, "{\"id\": \"as2\", \"reviewer\": \"zhao.min\"}");
            } else if (method.equals("GET") && path.equals("/api/programmes/reviews/my-assignments")) {
                answer(exchange, 200, "{\"items\": [{\"id\": \"as1\", \"applicationId\": \"app1\"},"
                        + " {\"id\": \"as2\", \"applicationId\": \"app2\"}]}");
            } else if (method.equals("GET") && path.equals("/api/programmes/calls")) {
                answer(exchange, 200, "{\"items\": [{\"id\": \"c1\"}]}");
            } else if (method.equals("POST") && path.endsWith("/allocation")) {
                answer(exchange, 201, "{\"current\": true}");
            } else {
                answer(exchange, 200, "{\"id\": \"x\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRecordNamedByItsRefIsTheOneReferredToAndAssignmentsAreFoundAgainAndAddressedByTheirApplication()
            throws IOException {
        Files.writeString(folder.resolve("applications.json"), """
                [{"$as": "zhou.xin", "$ref": "zhou.xin", "callId": "c1"},
                 {"$as": "wu.hao", "$ref": "wu.hao", "callId": "c1"}]""");
        Files.writeString(folder.resolve("assignments.json"), """
                [{"$application": "@application:zhou.xin", "reviewer": "zhao.min"},
                 {"$application": "@application:wu.hao", "reviewer": "zhao.min"}]""");
        Files.writeString(folder.resolve("reviews.json"), """
                [{"$as": "zhao.min", "applicationId": "@application:wu.hao",
                  "$updates": [{"path": "/scores", "body": {"scores": {"grades": 80}}}]}]""");
        Files.writeString(folder.resolve("calls.json"), """
                [{"id": "c1", "$updates": [{"method": "POST", "path": "/allocation", "body": {}}]}]""");
        Files.writeString(folder.resolve("manifest"), """
                applications.json /api/programmes/applications key=callId ref=application
                assignments.json /api/programmes/applications/{$application}/reviewers key=reviewer
                reviews.json /api/programmes/reviews/my-assignments key=applicationId id=applicationId
                calls.json /api/programmes/calls key=id
                """);
        DemoData loader = loader();

        assertThat(loader.load(DemoManifest.read(folder))).isEqualTo("3 records created, 3 already there");
        assertThat(requests).contains(
                "zhang.wei GET /api/programmes/applications/app1/reviewers",
                "zhang.wei GET /api/programmes/applications/app2/reviewers",
                "zhang.wei POST /api/programmes/applications/app2/reviewers {\"reviewer\":\"zhao.min\"}",
                "zhao.min GET /api/programmes/reviews/my-assignments/app2",
                "zhao.min PUT /api/programmes/reviews/my-assignments/app2/scores {\"scores\":{\"grades\":80}}",
                "zhang.wei POST /api/programmes/calls/c1/allocation {}");
        assertThat(requests).doesNotContain(
                "zhang.wei POST /api/programmes/applications/app1/reviewers {\"reviewer\":\"zhao.min\"}");
    }

    /** A loader against the server, as the office-admin and, where a record says so, as its user. */
    private DemoData loader() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String realm = base + "/realms/meridian";
        return new DemoData(new GatewayClient(base, realm, "zhang.wei", "zhang.wei-demo"),
                user -> new GatewayClient(base, realm, user, user + "-demo"), new DemoDates(LocalDate.of(2026, 12, 1)),
                line -> { });
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
