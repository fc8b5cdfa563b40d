package edu.meridian.messaging;

import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Relays started by the test itself, as replicas of a service would run them (in this JVM, or in another one:
 * {@link RelayProcess}), with faults injected from outside.
 */
@QuarkusTest
@TestProfile(OutboxRelayRecoveryTest.RelaysStartedByTheTest.class)
class OutboxRelayRecoveryTest {

    public static class RelaysStartedByTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.messaging.relay.enabled", "false");
        }
    }

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ThingService things;

    @Inject
    DataSource dataSource;

    @Inject
    MessagingConfig config;

    @Inject
    UnpooledConnections connections;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void keepsRunningWhileItsProducerCannotBeCreatedAndPublishesOnceTheSettingsAreFixed() throws Exception {
        Map<String, Object> settings = new ConcurrentHashMap<>(kafkaConfig);
        settings.put("bootstrap.servers", "");
        OutboxRelay relay = new OutboxRelay(connections, config, settings);
        String thing = UUID.randomUUID().toString();
        things.change(thing, 1);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.sinceProgress().toMillis() > 2_000);
            assertThat(relay.isRunning()).isTrue();

            settings.put("bootstrap.servers", kafkaConfig.get("bootstrap.servers"));

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, thing, 1)).hasSize(1);
        } finally {
            relay.stop();
        }
    }

    @Test
    void holdsALockNamedAfterTheApplicationOnASessionOfItsOwnAndEndsThatSessionWhenItStops() throws Exception {
        OutboxRelay relay = new OutboxRelay(connections, config, kafkaConfig);
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
            assertThat(lockHolders()).containsExactly("outbox-relay");
        } finally {
            relay.stop();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> lockHolders().isEmpty());
    }

    @Test
    void aStandbyTakesOverWhenTheLeaderStopsButPublishesOnlyAfterTheTakeoverDelay() {
        OutboxRelay leader = new OutboxRelay(connections, config, kafkaConfig);
        OutboxRelay standby = new OutboxRelay(connections, config, kafkaConfig);
        leader.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(leader::isLeader);
            standby.start();
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> !standby.isLeader());

            leader.stop();
            long stopped = System.nanoTime();
            String thing = UUID.randomUUID().toString();
            things.change(thing, 1);

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, thing, 1)).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isGreaterThanOrEqualTo(config.relay().takeoverDelay());
            assertThat(standby.isLeader()).isTrue();
        } finally {
            leader.stop();
            standby.stop();
        }
    }

    /** A replica that dies without stopping (SIGKILL) loses its lock with its session; a standby elsewhere takes over. */
    @Test
    void aStandbyTakesOverWhenTheLeadersProcessIsKilled() throws Exception {
        Process leader = relayInAnotherProcess();
        OutboxRelay standby = new OutboxRelay(connections, config, kafkaConfig);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> lockHolders().size() == 1);
            standby.start();
            String before = UUID.randomUUID().toString();
            things.change(before, 1);
            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, before, 1)).as("published by the other process").hasSize(1);
            assertThat(standby.isLeader()).isFalse();

            leader.destroyForcibly().waitFor();
            long killed = System.nanoTime();
            String after = UUID.randomUUID().toString();
            things.change(after, 1);

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, after, 1)).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isGreaterThanOrEqualTo(config.relay().takeoverDelay());
            assertThat(standby.isLeader()).isTrue();
        } finally {
            leader.destroyForcibly().waitFor();
            standby.stop();
        }
    }

    /** The leader here stops; the standby that takes over runs in another JVM. */
    @Test
    void aStandbyInAnotherProcessTakesOverWhenTheLeaderStops() throws Exception {
        OutboxRelay leader = new OutboxRelay(connections, config, kafkaConfig);
        leader.start();
        Process standby = null;
        try {
            await().atMost(Duration.ofSeconds(10)).until(leader::isLeader);
            standby = relayInAnotherProcess();
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(leader::isLeader);

            leader.stop();
            long stopped = System.nanoTime();
            String thing = UUID.randomUUID().toString();
            things.change(thing, 1);

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, thing, 1)).as("published by the other process").hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isGreaterThanOrEqualTo(config.relay().takeoverDelay());
            assertThat(leader.isLeader()).isFalse();
            assertThat(lockHolders()).hasSize(1);
        } finally {
            leader.stop();
            if (standby != null) {
                standby.getOutputStream().close();
                if (!standby.waitFor(15, TimeUnit.SECONDS)) {
                    standby.destroyForcibly().waitFor();
                }
            }
        }
    }

    @Test
    void aLeaderWhoseSessionIsKilledStopsAndTheNextLeaderPublishesOnlyAfterTheTakeoverDelay() throws Exception {
        OutboxRelay first = new OutboxRelay(connections, config, kafkaConfig);
        OutboxRelay second = new OutboxRelay(connections, config, kafkaConfig);
        first.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
            second.start();

            terminateTheLockHoldersSession();
            long killed = System.nanoTime();
            String thing = UUID.randomUUID().toString();
            things.change(thing, 1);

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, thing, 1)).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isGreaterThanOrEqualTo(config.relay().takeoverDelay());
            assertThat(first.isLeader() ^ second.isLeader()).as("exactly one relay leads").isTrue();
            assertThat(lockHolders()).hasSize(1);
        } finally {
            first.stop();
            second.stop();
        }
    }

    /** {@link RelayProcess} in a JVM of its own, against the same database and broker; its output goes to ours. */
    private Process relayInAnotherProcess() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                RelayProcess.class.getName(), jdbcUrl, "postgres", "postgres",
                String.valueOf(kafkaConfig.get("bootstrap.servers")))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private void terminateTheLockHoldersSession() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("""
                     select pg_terminate_backend(pid) from pg_locks
                      where locktype = 'advisory' and granted and objsubid = 1
                        and ((classid::bigint << 32) | objid::bigint)
                            = hashtextextended('meridian-outbox-relay:messaging-test', 0)""")) {
            assertThat(result.next()).as("a session holds the relay lock").isTrue();
            assertThat(result.getBoolean(1)).isTrue();
        }
    }

    /** The application names of the sessions holding the relay lock of "messaging-test". */
    private List<String> lockHolders() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("""
                     select activity.application_name from pg_locks lock
                       join pg_stat_activity activity on activity.pid = lock.pid
                      where lock.locktype = 'advisory' and lock.granted and lock.objsubid = 1
                        and ((lock.classid::bigint << 32) | lock.objid::bigint)
                            = hashtextextended('meridian-outbox-relay:messaging-test', 0)""")) {
            List<String> holders = new ArrayList<>();
            while (result.next()) {
                holders.add(result.getString(1));
            }
            return holders;
        }
    }
}
