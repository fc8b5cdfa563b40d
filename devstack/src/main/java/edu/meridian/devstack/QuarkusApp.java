package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus application ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM with the
 * environment of a local run, ready when {@code /q/health/ready} answers 200.
 */
final class QuarkusApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private QuarkusApp(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static QuarkusApp start(String name, Path jar, int port, Map<String, String> env, String java, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString()))
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            // A local run is for this machine only, like its PostgreSQL, Kafka and Keycloak.
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            return new QuarkusApp(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the JVM exits. */
    QuarkusApp awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready(port)) {
                return this;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(name + " was not ready on :" + port + " within " + timeout + "; see " + log);
    }

    static boolean ready(int port) {
        return status("http://localhost:" + port + "/q/health/ready") == 200;
    }

    /** The HTTP status of a GET, or -1 if nothing answers. */
    static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() {
        // Quarkus with Kafka consumers may take a while to stop (toolchain notes): TERM, then KILL after 20 s.
        Pids.stop(List.of(process.toHandle()), Duration.ofSeconds(20));
    }
}
