package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A real Apache Kafka broker (the version pinned in the root pom, 4.3.1) in KRaft mode, one combined
 * broker/controller node, as a separate JVM. Its class path comes from Maven ({@code devstack/kafka/pom.xml}, outside
 * the reactor) and is cached per version; its data lives in {@code .devstack/kafka/data}.
 */
final class KafkaBroker implements AutoCloseable {

    static final String VERSION = BuildProperties.get("kafka.version");
    private static final String LOG4J_VERSION = BuildProperties.get("kafka.log4j.version");

    private final Process process;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The broker's class path (resolved by Maven once, then read from the cache file). */
    static String classpath(Path root, Path home) {
        Path cache = home.resolve("classpath-" + VERSION + ".txt");
        Path pom = root.resolve("devstack/kafka/pom.xml");
        try {
            if (Files.isRegularFile(cache) && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(pom)) > 0) {
                return Files.readString(cache).trim();
            }
            Files.createDirectories(home);
            Path log = home.resolve("classpath.log");
            Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-B", "-f", pom.toString(),
                    "-Dkafka.version=" + VERSION, "-Dlog4j.version=" + LOG4J_VERSION,
                    "dependency:build-classpath", "-Dmdep.outputFile=" + cache.toAbsolutePath())
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                Files.deleteIfExists(cache);
                throw new IllegalStateException("Maven could not resolve Kafka " + VERSION + "; see " + log);
            }
            return Files.readString(cache).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Formats the data folder on the first start (or after {@code --fresh}), then starts the broker and waits until
     * its port accepts connections.
     */
    static KafkaBroker start(Path root, Path home, int port, int controllerPort, String java) {
        try {
            String classpath = classpath(root, home);
            Path data = home.resolve("data").toAbsolutePath();
            Path config = home.resolve("server.properties").toAbsolutePath();
            Path log4j = home.resolve("log4j2.yaml").toAbsolutePath();
            Files.createDirectories(data);
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    "log.dirs=" + data,
                    "num.partitions=1",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    "") );
            Files.writeString(log4j, String.join("\n",
                    "Configuration:",
                    "  Appenders:",
                    "    Console:",
                    "      name: STDOUT",
                    "      PatternLayout:",
                    "        Pattern: \"%d{ISO8601} %-5p [%c] %m%n\"",
                    "  Loggers:",
                    "    Root:",
                    "      level: WARN",
                    "      AppenderRef:",
                    "        - ref: STDOUT",
                    "    Logger:",
                    "      - name: kafka.server.KafkaRaftServer",
                    "        level: INFO",
                    "",
                    ""));
            Path log = home.resolve("kafka.log").toAbsolutePath();
            if (!Files.exists(data.resolve("meta.properties"))) {
                Process format = new ProcessBuilder(jvm(java, classpath, log4j, "kafka.tools.StorageTool", "format",
                        "-t", clusterId(UUID::randomUUID), "-c", config.toString()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                    format.destroyForcibly();
                    throw new IllegalStateException("Formatting Kafka's data folder failed; see " + log);
                }
            }
            List<String> command = jvm(java, classpath, log4j, "kafka.Kafka", config.toString());
            command.addAll(1, List.of("-Xms128m", "-Xmx256m", "-XX:+UseSerialGC"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            KafkaBroker broker = new KafkaBroker(process, port);
            broker.awaitPort(Duration.ofMinutes(2), log);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static List<String> jvm(String java, String classpath, Path log4j, String main, String... args) {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath,
                "-Dlog4j2.configurationFile=" + log4j, main));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A KRaft cluster id: 16 random bytes, URL-safe Base64 without padding (what {@code random-uuid} prints), never
     * starting with "-", which the storage tool would read as an option.
     */
    static String clusterId(Supplier<UUID> uuids) {
        while (true) {
            UUID uuid = uuids.get();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private void awaitPort(Duration timeout, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log);
            }
            if (Ports.accepts("127.0.0.1", port)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Kafka did not listen on " + port + " within " + timeout + "; see " + log);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() {
        Pids.stop(List.of(process.toHandle()), Duration.ofSeconds(30));
    }
}
