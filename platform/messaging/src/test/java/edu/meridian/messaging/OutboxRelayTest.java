package edu.meridian.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.testing.KafkaResource;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxRelayTest {

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

    @Inject
    ObjectMapper json;

    @Test
    void publishesCommittedEventsAsCloudEventsInOrderPerAggregate() throws Exception {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        IntStream.range(0, 20).forEach(step -> {
            things.change(a, step);
            things.change(b, step);
        });

        List<ConsumerRecord<String, String>> records = Topics.await(kafka, ThingService.TOPIC, 40,
                record -> record.key().equals(a) || record.key().equals(b));

        assertThat(records).hasSize(40);
        for (String thing : List.of(a, b)) {
            List<Integer> steps = records.stream().filter(record -> record.key().equals(thing))
                    .map(record -> read(record.value()).path("data").path("step").asInt()).toList();
            assertThat(steps).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        }
        JsonNode event = read(records.get(0).value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("source").asText()).isEqualTo("/messaging-test");
        assertThat(event.path("type").asText()).isEqualTo(ThingService.TYPE);
        assertThat(event.path("subject").asText()).isEqualTo(records.get(0).key());
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(event.path("time").asText()).endsWith("Z");
        assertThat(new String(records.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(a) + unpublished(b) == 0);
    }

    @Test
    void interleavedCommitsFromManyThreadsArriveInOrderPerAggregate() throws Exception {
        List<String> aggregates = IntStream.range(0, 24).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = aggregates.stream()
                    .map(thing -> writers.submit(() -> IntStream.range(0, 15).forEach(step -> things.change(thing, step))))
                    .collect(java.util.stream.Collectors.toList());
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdown();
        }

        Set<String> keys = Set.copyOf(aggregates);
        List<ConsumerRecord<String, String>> records = Topics.await(kafka, ThingService.TOPIC, 24 * 15,
                record -> keys.contains(record.key()));

        for (String thing : aggregates) {
            List<Integer> steps = records.stream().filter(record -> record.key().equals(thing))
                    .map(record -> read(record.value()).path("data").path("step").asInt()).toList();
            assertThat(steps).as("steps of %s", thing).containsExactlyElementsOf(IntStream.range(0, 15).boxed().toList());
        }
    }

    @Test
    void publishesNothingOfARolledBackTransaction() {
        String failed = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        assertThatThrownBy(() -> things.changeThenFail(failed)).isInstanceOf(IllegalStateException.class);
        things.change(committed, 1);

        Topics.awaitKey(kafka, ThingService.TOPIC, committed, 1);

        kafka.consumeStrings()
                .fromTopics(java.util.Set.of(ThingService.TOPIC), records -> records.filter(record -> record.key().equals(failed)))
                .awaitNoRecords(Duration.ofSeconds(3));
    }

    @Test
    void onlyOneRelayPublishesAtATime() {
        OutboxRelay second = new OutboxRelay(connections, config, kafkaConfig);

        Duration wait = second.cycle();

        assertThat(second.isLeader()).isFalse();
        assertThat(wait).isPositive();
    }

    @Test
    void isNotReadyWhileRowsWaitAndCannotBePublished() {
        assertThat(relayReadiness()).isEqualTo("UP");
        KafkaResource.stopBroker();
        try {
            things.change(UUID.randomUUID().toString(), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> "DOWN".equals(relayReadiness()));
        } finally {
            KafkaResource.startBroker();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(relayReadiness()));
    }

    private static String relayReadiness() {
        return given().get("/q/health/ready").then().extract().path("checks.find { it.name == 'outbox-relay' }.status");
    }

    private long unpublished(String thing) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from outbox_message where published_at is null and record_key = ?")) {
            query.setString(1, thing);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
