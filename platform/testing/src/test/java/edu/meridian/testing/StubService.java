package edu.meridian.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A service on a random local port that serves an OpenAPI document and answers the runners as a handler says,
 * so that the runners can be tried against services that behave and services that do not. Rest-assured points
 * at it while it runs.
 */
final class StubService implements AutoCloseable {

    /** What the stub received. {@code roles} is empty without a valid token; {@code authenticated} says which. */
    record Request(String method, String path, String authorization, String contentType, byte[] body,
            boolean authenticated, List<String> roles, String query, String ifMatch) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    record Reply(int status, String contentType, String body, String etag) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        static Reply problem(int status) {
            return new Reply(status, "application/problem+json", "{\"status\": " + status + "}");
        }

        static Reply json(int status) {
            return new Reply(status, "application/json", "{}");
        }
    }

    private static final JwtConsumer VERIFIER = verifier();

    private final HttpServer server;
    private final String openApiJson;
    private final String openApiYaml;
    private final Function<Request, Reply> handler;
    final List<Request> received = new CopyOnWriteArrayList<>();

    private StubService(String openApiJson, String openApiYaml, Function<Request, Reply> handler) throws IOException {
        this.openApiJson = openApiJson;
        this.openApiYaml = openApiYaml;
        this.handler = handler;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = server.getAddress().getPort();
    }

    /** Serves the things-service document of the test resources. */
    static StubService things(Function<Request, Reply> handler) {
        return serving(resource("things-openapi.json"), "openapi: 3.1.0\n", handler);
    }

    static StubService serving(String openApiJson, String openApiYaml, Function<Request, Reply> handler) {
        try {
            return new StubService(openApiJson, openApiYaml, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of the things-service document. */
    static List<ApiOperation> thingsOperations() {
        return ThingsOperations.ALL;
    }

    private static final class ThingsOperations {

        static final List<ApiOperation> ALL = OpenApiOperations.of(resource("things-openapi.json"));
    }

    /** The operation a request is for, matched by method and path template. */
    static Optional<ApiOperation> operationOf(Request request) {
        return thingsOperations().stream()
                .filter(operation -> operation.method().equals(request.method())
                        && request.path().matches(operation.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/q/openapi")) {
                boolean yaml = "format=yaml".equals(exchange.getRequestURI().getQuery());
                reply(exchange, new Reply(200, yaml ? "application/yaml" : "application/json", yaml ? openApiYaml : openApiJson));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Optional<JwtClaims> claims = verified(authorization);
            Request request = new Request(exchange.getRequestMethod(), path, authorization,
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes(),
                    claims.isPresent(), claims.map(StubService::roles).orElse(List.of()),
                    exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("If-Match"));
            received.add(request);
            reply(exchange, handler.apply(request));
        }
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.etag() != null) {
            exchange.getResponseHeaders().set("ETag", reply.etag());
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** The clients whose tokens the services accept (their meridian.token.authorised-parties in tests). */
    private static final Set<String> AUTHORISED_PARTIES = Set.of("meridian-gateway", "meridian-campus", "meridian-cli");

    /** The checks the services make: signature, issuer, audience, expiry, typ=Bearer and a listed azp. */
    private static Optional<JwtClaims> verified(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = VERIFIER.processToClaims(authorization.substring("Bearer ".length()));
            boolean listedClient = claims.getClaimValue("azp") instanceof String client && AUTHORISED_PARTIES.contains(client);
            return "Bearer".equals(claims.getClaimValue("typ")) && listedClient ? Optional.of(claims) : Optional.empty();
        } catch (InvalidJwtException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JwtClaims claims) {
        Object realmAccess = claims.getClaimValue("realm_access");
        return realmAccess instanceof Map<?, ?> map ? (List<String>) map.get("roles") : List.of();
    }

    private static JwtConsumer verifier() {
        try {
            JsonWebKey key = JsonWebKey.Factory.newJwk(resource("publicKey.jwk"));
            return new JwtConsumerBuilder()
                    .setVerificationKey(key.getKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                    .setExpectedIssuer(Tokens.ISSUER)
                    .setExpectedAudience(Tokens.AUDIENCE)
                    .setRequireExpirationTime()
                    .build();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StubService.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        RestAssured.reset();
    }
}
