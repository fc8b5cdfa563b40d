package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that refers to what its service learns from another service's events is refused (400) until those events
 * have arrived: with {@code await=} the loader sends it again until it is taken; without, the first 400 stops it.
 * One HTTP server on loopback stands in for Keycloak's token endpoint and the gateway.
 */
class DemoDataAwaitTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final AtomicInteger posts = new AtomicInteger();
    private volatile int refusalsLeft;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/meridian/protocol/openid-connect/token",
                exchange -> answer(exchange, 200, "{\"access_token\": \"t\"}"));
        server.createContext("/api/programmes/schemes", exchange -> {
            if (exchange.getRequestMethod().equals("GET")) {
                answer(exchange, 200, "{\"items\": []}");
            } else if (posts.incrementAndGet() <= refusalsLeft) {
                answer(exchange, 400, "{\"title\": \"Invalid request\", \"errors\": [{\"field\": \"destinations[0].institutionId\"}]}");
            } else {
                answer(exchange, 201, "{\"id\": \"5c1e7a2b-8d3f-4e6a-9b0c-2f4d6e8a1c01\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void withAwaitARefusedRecordIsSentAgainUntilItIsTaken() throws IOException {
        refusalsLeft = 2;
        String summary = loader().load(manifest("await=30"));

        assertThat(summary).isEqualTo("1 records created, 0 already there");
        assertThat(posts).hasValue(3);
    }

    @Test
    void withoutAwaitTheFirstRefusalStopsTheLoad() throws IOException {
        refusalsLeft = 1;
        DemoManifest manifest = manifest("");

        assertThatThrownBy(() -> loader().load(manifest)).hasMessageContaining("answered 400");
        assertThat(posts).hasValue(1);
    }

    private DemoData loader() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new DemoData(new GatewayClient(base, base + "/realms/meridian", "zhang.wei", "zhang.wei-demo"),
                new DemoDates(LocalDate.of(2026, 12, 1)), line -> { });
    }

    private DemoManifest manifest(String option) throws IOException {
        Files.writeString(folder.resolve("schemes.json"), "[{\"title\": {\"en\": \"Chun Miao\"}}]");
        Files.writeString(folder.resolve("manifest"), "schemes.json /api/programmes/schemes key=title.en " + option + "\n");
        return DemoManifest.read(folder);
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
