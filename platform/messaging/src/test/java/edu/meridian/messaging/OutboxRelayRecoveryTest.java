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

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Relays started by the test itself, as replicas of a service would run them, with faults injected from outside. */
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
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void keepsRunningWhileItsProducerCannotBeCreatedAndPublishesOnceTheSettingsAreFixed() throws Exception {
        Map<String, Object> settings = new ConcurrentHashMap<>(kafkaConfig);
        settings.put("bootstrap.servers", "");
        OutboxRelay relay = new OutboxRelay(dataSource, config, settings);
        String thing = UUID.randomUUID().toString();
        things.change(thing, 1);
        relay.start();
        try {
            Thread.sleep(2_000);
            assertThat(relay.isRunning()).isTrue();

            settings.put("bootstrap.servers", kafkaConfig.get("bootstrap.servers"));

            assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, thing, 1)).hasSize(1);
        } finally {
            relay.stop();
        }
    }
}
