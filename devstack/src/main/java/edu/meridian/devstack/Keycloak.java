package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Keycloak from {@code org.keycloak:keycloak-quarkus-dist} (the zip Maven puts into the local repository), unpacked
 * into a folder of its own, started with {@code start-dev --import-realm} on the newest JDK of the machine, and stopped
 * by the PIDs it started. The one place that knows how to run Keycloak without Docker: the launcher and the
 * end-to-end tests both use it.
 *
 * <pre>
 * try (Keycloak keycloak = Keycloak.start(Path.of(".devstack/keycloak"), 8180, Path.of("keycloak/realm-meridian.json"), "meridian")) {
 *     keycloak.realmUrl(); // http://localhost:8180/realms/meridian
 * }
 * </pre>
 */
public final class Keycloak implements AutoCloseable {

    /** The root pom's {@code keycloak.version}, filtered into {@code devstack.properties} by the build. */
    public static final String VERSION = BuildProperties.get("keycloak.version");
    private static final String ARTIFACT = "org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-" + VERSION + ".zip";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final String realm;
    private final Path log;

    Keycloak(Process process, int port, String realm, Path log) {
        this.process = process;
        this.port = port;
        this.realm = realm;
        this.log = log;
    }

    /**
     * Unpacks the distribution into {@code home} (once), imports {@code realmFile} into a fresh database and waits
     * until the realm's discovery document answers.
     *
     * @param home      a folder of this Keycloak alone (its database lives there); git-ignored
     * @param port      the HTTP port; 0 picks a free one
     * @param realmFile the realm to import
     * @param realm     the realm's name, to wait for its discovery document
     */
    public static Keycloak start(Path home, int port, Path realmFile, String realm) {
        try {
            Path dist = unpack(home.toAbsolutePath());
            int httpPort = port == 0 ? freePort() : port;
            Path data = dist.resolve("data");
            Folders.delete(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            try (Stream<Path> old = Files.list(data.resolve("import"))) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(realmFile, data.resolve("import").resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

            Path log = home.toAbsolutePath().resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(command(dist, httpPort, freePort()))
                    .directory(dist.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", newestJdk().toString());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
            // Demo-only administrator of the local master realm; production runs Keycloak with its own secrets.
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Keycloak keycloak = new Keycloak(builder.start(), httpPort, realm, log);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    /**
     * {@code kc.sh start-dev} on the given ports of the loopback interface only (the demo realm's users and the
     * admin / admin account must not be reachable from the network), with the realms of {@code data/import}. The
     * hostname stays dynamic: tokens name the issuer by the URL they were asked at, {@code http://localhost:<port>}.
     */
    static List<String> command(Path dist, int httpPort, int managementPort) {
        return List.of(dist.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--import-realm");
    }

    /** {@code http://localhost:<port>} */
    public String url() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/<realm>}, the issuer of the realm's tokens. */
    public String realmUrl() {
        return url() + "/realms/" + realm;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the processes this instance started (kc.sh and its JVMs), by PID. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /**
     * TERM to the processes this instance started (kc.sh and its JVMs), KILL to those still there after the timeout:
     * a Keycloak that is still starting defers TERM until its start-up is done.
     */
    void stop(Duration timeout) {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        started.add(process.toHandle());
        Pids.stop(started, timeout);
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log + ":\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak's realm " + realm + " did not answer within " + START_TIMEOUT + "; see " + log + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The distribution unpacked under {@code home}; unpacks the zip from the local Maven repository the first time. */
    static Path unpack(Path home) throws IOException {
        Path dist = home.resolve("keycloak-" + VERSION);
        if (Files.isRegularFile(dist.resolve(".unpacked"))) {
            return dist;
        }
        Path zip = distributionZip();
        Folders.delete(dist);
        Files.createDirectories(home);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        Files.writeString(dist.resolve(".unpacked"), zip.toString());
        return dist;
    }

    /** The zip in the local Maven repository ({@code -Dmaven.repo.local} or {@code ~/.m2/repository}). */
    static Path distributionZip() {
        String local = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path zip = Path.of(local).resolve(ARTIFACT);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Missing " + zip + ": build with ./mvnw so that Maven downloads "
                    + "org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip (a dependency of meridian-devstack)");
        }
        return zip;
    }

    /** The JDK with the highest feature version under /usr/lib/jvm (Keycloak prefers 21+), else the running one. */
    static Path newestJdk() {
        Path running = Path.of(System.getProperty("java.home"));
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return running;
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            Optional<Path> newest = candidates
                    .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .max(Comparator.comparingInt(Keycloak::featureVersion));
            return newest.filter(jdk -> featureVersion(jdk) >= featureVersion(running)).orElse(running);
        } catch (IOException e) {
            return running;
        }
    }

    /** The feature version of a JDK folder (17, 21, 25…) from its release file; 0 if it has none. */
    static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String feature = version.split("[.+-]")[0];
                    return Integer.parseInt(feature.equals("1") ? version.split("\\.")[1] : feature);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK with a release file
        }
        return 0;
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code java -cp meridian-devstack.jar edu.meridian.devstack.Keycloak [port]}: the demo realm until Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8180;
        Keycloak keycloak = start(Path.of(".devstack/keycloak"), port, Path.of("keycloak/realm-meridian.json"), "meridian");
        System.out.println("Keycloak " + VERSION + " at " + keycloak.realmUrl() + " (PID " + keycloak.pid() + ")");
        keycloak.process.waitFor();
    }
}
