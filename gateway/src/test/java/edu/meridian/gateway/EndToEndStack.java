package edu.meridian.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.meridian.devstack.Keycloak;
import edu.meridian.testing.KafkaResource;
import edu.meridian.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real thing for the end-to-end test: Keycloak (devstack) with the realm file, an embedded PostgreSQL and an
 * in-process Kafka (platform/testing), and the packaged partners-service as a child process; the gateway under test
 * is pointed at them. Every process started here is stopped here, by PID.
 */
public class EndToEndStack implements QuarkusTestResourceLifecycleManager {

    /** A public client of the test copy of the realm whose access tokens live one second. */
    static final String EXPIRING_CLIENT = "e2e-expiring";
    /** A public client of the test copy of the realm whose tokens lack the meridian-api audience. */
    static final String NO_AUDIENCE_CLIENT = "e2e-no-audience";

    /** A public client of the test copy of the realm that no service lists as an authorised party. */
    static final String UNLISTED_CLIENT = "e2e-unlisted";

    /** Access (and ID) token lifetime of meridian-gateway in the test copy of the realm. */
    static final int GATEWAY_TOKEN_SECONDS = 8;

    static volatile String keycloakUrl;
    static volatile String realmUrl;
    static volatile String partnersUrl;

    private final PostgresResource postgres = new PostgresResource();
    private final KafkaResource kafka = new KafkaResource();
    private Keycloak keycloak;
    private Process partners;

    @Override
    public Map<String, String> start() {
        Path root = repositoryRoot();
        int gatewayPort = Keycloak.freePort();
        try {
            Path realm = testRealm(root, gatewayPort);
            CompletableFuture<Keycloak> startingKeycloak = CompletableFuture.supplyAsync(() ->
                    Keycloak.start(root.resolve(".devstack/keycloak-e2e"), 0, realm, "meridian"));
            Map<String, String> database = postgres.start();
            Map<String, String> broker = kafka.start();
            keycloak = startingKeycloak.join();
            keycloakUrl = keycloak.url();
            realmUrl = keycloak.realmUrl();
            partners = startPartners(root, database, broker.get("kafka.bootstrap.servers"));

            Map<String, String> config = new HashMap<>();
            config.put("quarkus.http.test-port", Integer.toString(gatewayPort));
            config.put("quarkus.oidc.auth-server-url", realmUrl);
            config.put("quarkus.oidc.client-id", "meridian-gateway");
            config.put("quarkus.oidc.credentials.secret", "meridian-gateway-demo-secret");
            config.put("gateway.routes.partners.url", partnersUrl);
            return config;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** The realm file as committed, plus what only this test needs: the gateway's random port and two probe clients. */
    private static Path testRealm(Path root, int gatewayPort) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(root.resolve("keycloak/realm-meridian.json").toFile());
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (var client : clients) {
            if ("meridian-gateway".equals(client.get("clientId").asText())) {
                ((ArrayNode) client.get("redirectUris")).add("http://localhost:" + gatewayPort + "/*");
                ObjectNode attributes = (ObjectNode) client.get("attributes");
                attributes.put("post.logout.redirect.uris",
                        attributes.get("post.logout.redirect.uris").asText() + "##http://localhost:" + gatewayPort + "/*");
                // Tokens of a few seconds, so that the test sees the gateway refresh them within the SSO session.
                attributes.put("access.token.lifespan", Integer.toString(GATEWAY_TOKEN_SECONDS));
            }
        }
        ObjectNode expiring = clients.addObject().put("clientId", EXPIRING_CLIENT).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        expiring.putObject("attributes").put("access.token.lifespan", "1");
        ObjectNode noAudience = clients.addObject().put("clientId", NO_AUDIENCE_CLIENT).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        ArrayNode scopes = noAudience.putArray("defaultClientScopes");
        for (String scope : List.of("basic", "profile", "email", "roles", "meridian-profile")) {
            scopes.add(scope);
        }
        clients.addObject().put("clientId", UNLISTED_CLIENT).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        Path file = Files.createTempFile("realm-meridian-e2e", ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), realm);
        return file;
    }

    private Process startPartners(Path root, Map<String, String> database, String bootstrapServers) throws IOException {
        Path jar = root.resolve("partners-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build partners-service first (./mvnw install)");
        }
        int port = Keycloak.freePort();
        partnersUrl = "http://localhost:" + port;
        Path log = root.resolve("gateway/target/partners-service-e2e.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PARTNERS_DB_URL", database.get("quarkus.datasource.jdbc.url"));
        env.put("PARTNERS_DB_USER", database.get("quarkus.datasource.username"));
        env.put("PARTNERS_DB_PASSWORD", database.get("quarkus.datasource.password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("OIDC_AUTH_SERVER_URL", realmUrl);
        // The packaged service runs in production mode; this test also signs in through the demo realm's meridian-cli.
        env.put("MERIDIAN_TOKEN_AUTHORISED_PARTIES", "meridian-gateway,meridian-campus,meridian-cli");
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("partners-service exited; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(partnersUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(300);
        }
        stopProcess(process);
        throw new IllegalStateException("partners-service was not ready within 90 s; see " + log);
    }

    @Override
    public void stop() {
        if (partners != null) {
            stopProcess(partners);
            partners = null;
        }
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        try {
            kafka.stop();
        } catch (RuntimeException e) {
            // not started
        }
        postgres.stop();
    }

    private static void stopProcess(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("keycloak/realm-meridian.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No keycloak/realm-meridian.json above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
