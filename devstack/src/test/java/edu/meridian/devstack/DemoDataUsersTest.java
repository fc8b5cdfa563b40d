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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record with {@code $as} is loaded as that demo user (a student's own application), and each of its steps as the
 * user the step names, else as the record's; {@code $as} is never sent. One HTTP server on loopback stands in for
 * Keycloak's token endpoint (its token is the user name) and the gateway (which logs who asked for what).
 */
class DemoDataUsersTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/meridian/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = form.replaceAll(".*username=([^&]*).*", "$1");
            answer(exchange, 200, "{\"access_token\": \"" + URLDecoder.decode(user, StandardCharsets.UTF_8) + "\"}");
        });
        server.createContext("/api/programmes/applications", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String who = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            String path = exchange.getRequestURI().getPath();
            requests.add(who + " " + exchange.getRequestMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
            if (exchange.getRequestMethod().equals("GET") && path.endsWith("/applications")) {
                answer(exchange, 200, "{\"items\": []}");
            } else if (exchange.getRequestMethod().equals("GET") && path.endsWith("/documents")) {
                answer(exchange, 200, "[{\"kind\": \"transcript\"}]");
            } else if (exchange.getRequestMethod().equals("GET")) {
                answer(exchange, 200, "{\"id\": \"a1\", \"state\": \"draft\", \"allowedTransitions\": [\"submitted\"]}");
            } else if (path.endsWith("/closed")) {
                answer(exchange, 409, "{\"type\": \"urn:meridian:problem:mobility-not-changeable\"}");
            } else if (path.endsWith("/applications") || path.endsWith("/documents")) {
                answer(exchange, 201, "{\"id\": \"a1\"}");
            } else {
                answer(exchange, 200, "{\"id\": \"a1\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRecordIsLoadedAsItsUserAndEachStepAsTheUserItNames() throws IOException {
        Files.writeString(folder.resolve("applications.json"), """
                [{"$as": "liu.yang", "callId": "c1", "choices": ["i1"],
                  "$transitions": ["submitted", {"to": "under_review", "$as": "zhang.wei"}]}]""");
        Files.writeString(folder.resolve("manifest"),
                "applications.json /api/programmes/applications key=callId state=state\n");
        loader().load(DemoManifest.read(folder));

        assertThat(requests).containsExactly(
                "liu.yang GET /api/programmes/applications",
                "liu.yang POST /api/programmes/applications {\"callId\":\"c1\",\"choices\":[\"i1\"]}",
                "liu.yang GET /api/programmes/applications/a1",
                "liu.yang POST /api/programmes/applications/a1/transitions {\"to\":\"submitted\"}",
                "zhang.wei POST /api/programmes/applications/a1/transitions {\"to\":\"under_review\"}");
    }

    @Test
    void aRecordsUpdatesGoToItsSubResourcesAsTheirUsersBeforeItsTransitionsAndOneRefusedAsMovedOnIsLeftOut() throws IOException {
        Files.writeString(folder.resolve("applications.json"), """
                [{"$as": "liu.yang", "callId": "c1", "choices": ["i1"],
                  "$updates": [{"method": "PUT", "path": "/statement", "body": {"text": "Why I go"}},
                               {"method": "POST", "path": "/endorsements", "$as": "li.na", "body": {"party": "home"}},
                               {"method": "PUT", "path": "/closed", "body": {}}],
                  "$transitions": ["submitted"]}]""");
        Files.writeString(folder.resolve("manifest"),
                "applications.json /api/programmes/applications key=callId state=state\n");
        loader().load(DemoManifest.read(folder));

        assertThat(requests).containsExactly(
                "liu.yang GET /api/programmes/applications",
                "liu.yang POST /api/programmes/applications {\"callId\":\"c1\",\"choices\":[\"i1\"]}",
                "liu.yang GET /api/programmes/applications/a1",
                "liu.yang PUT /api/programmes/applications/a1/statement {\"text\":\"Why I go\"}",
                "li.na GET /api/programmes/applications/a1",
                "li.na POST /api/programmes/applications/a1/endorsements {\"party\":\"home\"}",
                "liu.yang GET /api/programmes/applications/a1",
                "liu.yang PUT /api/programmes/applications/a1/closed {}",
                "liu.yang GET /api/programmes/applications/a1",
                "liu.yang POST /api/programmes/applications/a1/transitions {\"to\":\"submitted\"}");
    }

    @Test
    void aRecordsDocumentsAreUploadedAsItsUserBeforeItsStepsEachKindOnce() throws IOException {
        Files.createDirectories(folder.resolve("documents"));
        Files.writeString(folder.resolve("documents/transcript.pdf"), "%PDF-1.4 transcript\n%%EOF\n");
        Files.writeString(folder.resolve("documents/letter.pdf"), "%PDF-1.4 letter\n%%EOF\n");
        Files.writeString(folder.resolve("applications.json"), """
                [{"$as": "liu.yang", "callId": "c1",
                  "$documents": [{"kind": "transcript", "file": "documents/transcript.pdf"},
                                 {"kind": "recommendation", "file": "documents/letter.pdf"}],
                  "$transitions": ["submitted"]}]""");
        Files.writeString(folder.resolve("manifest"),
                "applications.json /api/programmes/applications key=callId state=state\n");
        loader().load(DemoManifest.read(folder));

        // The transcript is there already (the list says so): only the letter is uploaded, then the step follows.
        assertThat(requests).hasSize(6);
        assertThat(requests.get(2)).isEqualTo("liu.yang GET /api/programmes/applications/a1/documents");
        assertThat(requests.get(3)).startsWith("liu.yang POST /api/programmes/applications/a1/documents --")
                .contains("Content-Disposition: form-data; name=\"kind\"", "recommendation",
                        "name=\"file\"; filename=\"letter.pdf\"", "%PDF-1.4 letter")
                .doesNotContain("transcript");
        assertThat(requests.get(5)).isEqualTo("liu.yang POST /api/programmes/applications/a1/transitions {\"to\":\"submitted\"}");
    }

    @Test
    void aDocumentOutsideTheDemoFolderIsRefused() throws IOException {
        Path outside = Files.writeString(folder.resolve("../outside.pdf"), "%PDF-1.4\n%%EOF\n");
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"file\": \"../outside.pdf\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoData.documentFile(folder, document))
                .hasMessageContaining("no file of the demo folder");
        Files.delete(outside);
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
