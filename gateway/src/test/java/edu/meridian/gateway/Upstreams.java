package edu.meridian.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Small upstream services for the gateway's fast tests, on random ports: two echo services (partners, programmes)
 * that record the last request they received, a slow one (admissions) and one that is down (visits).
 * Also a built SPA in a temporary folder, with a file beside it that must stay private.
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    /** What an echo service (partners or programmes) last received. */
    public record Received(String service, String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    static final AtomicReference<Received> LAST = new AtomicReference<>();
    static volatile Path spaDir;
    /** A file beside the SPA's folder, which the gateway must never serve. */
    static volatile Path outsideSpa;

    private HttpServer partners;
    private HttpServer programmes;
    private HttpServer slow;

    @Override
    public Map<String, String> start() {
        try {
            partners = echo("partners");
            programmes = echo("programmes");
            slow = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            slow.setExecutor(Executors.newFixedThreadPool(4));
            slow.createContext("/", exchange -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            slow.start();
            Path parent = Files.createTempDirectory("meridian-gateway");
            outsideSpa = Files.writeString(parent.resolve("secret.txt"), "NOT-FOR-THE-WEB");
            spaDir = Files.createDirectories(parent.resolve("spa"));
            Files.createDirectories(spaDir.resolve("assets"));
            Files.writeString(spaDir.resolve("index.html"), "<!doctype html><title>Meridian</title><div id=root></div>");
            Files.writeString(spaDir.resolve("assets/index-B7x9kQ2a.js"), "console.log('meridian')");
            int down;
            try (ServerSocket socket = new ServerSocket(0)) {
                down = socket.getLocalPort();
            }
            Map<String, String> config = new HashMap<>();
            config.put("gateway.routes.partners.url", "http://localhost:" + partners.getAddress().getPort());
            config.put("gateway.routes.programmes.url", "http://localhost:" + programmes.getAddress().getPort());
            config.put("gateway.routes.admissions.url", "http://localhost:" + slow.getAddress().getPort());
            config.put("gateway.routes.visits.url", "http://localhost:" + down);
            config.put("gateway.upstream.response-timeout", "1s");
            config.put("gateway.spa-dir", spaDir.toString());
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer echo(String service) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> echo(service, exchange));
        server.start();
        return server;
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LAST.set(new Received(service, exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
        byte[] answer = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Set-Cookie", "upstream=leak; Path=/");
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void stop() {
        if (partners != null) {
            partners.stop(0);
        }
        if (programmes != null) {
            programmes.stop(0);
        }
        if (slow != null) {
            slow.stop(0);
        }
    }
}
