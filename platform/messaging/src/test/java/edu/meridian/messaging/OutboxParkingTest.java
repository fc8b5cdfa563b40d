package edu.meridian.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxParkingTest {

    /** Over the producer's default max.request.size of 1 MiB: Kafka refuses such a record on every attempt. */
    private static final String TOO_LARGE = "x".repeat(1_100_000);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ThingService things;

    @Inject
    OutboxParking parking;

    @Inject
    ObjectMapper json;

    @Test
    void aRowKafkaRefusesIsParkedTheOthersFlowOnAndLaterRowsOfItsAggregateWaitBehindIt() throws Exception {
        String poisoned = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        double parkedBefore = parkedGauge();

        things.change(poisoned, 1);
        CloudEvent refused = things.changeWithNote(poisoned, 2, TOO_LARGE);
        things.change(poisoned, 3);
        things.change(other, 1);

        assertThat(Topics.awaitKey(kafka, ThingService.TOPIC, other, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> parking.parked().stream()
                .anyMatch(row -> row.eventId().toString().equals(refused.id())));
        OutboxParking.ParkedRow row = parking.parked().stream()
                .filter(parked -> parked.eventId().toString().equals(refused.id())).findFirst().orElseThrow();
        assertThat(row.lastError()).contains("RecordTooLargeException");
        assertThat(row.attempts()).isEqualTo(5);
        assertThat(row.waitingBehind()).isEqualTo(1);
        assertThat(parkedGauge()).isEqualTo(parkedBefore + 1);

        var first = Topics.awaitKey(kafka, ThingService.TOPIC, poisoned, 1);
        assertThat(step(first.get(0).value())).isEqualTo(1);
        kafka.consumeStrings()
                .fromTopics(Set.of(ThingService.TOPIC), records -> records
                        .filter(record -> poisoned.equals(record.key()) && step(record.value()) != 1))
                .awaitNoRecords(Duration.ofSeconds(3));
    }

    @Test
    void aReleasedRowIsSentAgainBeforeTheRowsBehindIt() throws Exception {
        String poisoned = UUID.randomUUID().toString();
        CloudEvent refused = things.changeWithNote(poisoned, 1, TOO_LARGE);
        things.change(poisoned, 2);
        OutboxParking.ParkedRow parked = awaitParked(refused);

        assertThat(parking.release(parked.id())).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> parking.parked().stream()
                .anyMatch(row -> row.id() == parked.id() && row.parkedAt().isAfter(parked.parkedAt())));
        kafka.consumeStrings()
                .fromTopics(Set.of(ThingService.TOPIC), records -> records.filter(record -> poisoned.equals(record.key())))
                .awaitNoRecords(Duration.ofSeconds(3));
        assertThat(parking.release(Long.MAX_VALUE)).isFalse();
    }

    private OutboxParking.ParkedRow awaitParked(CloudEvent event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> parking.parked().stream()
                .anyMatch(row -> row.eventId().toString().equals(event.id())));
        return parking.parked().stream().filter(row -> row.eventId().toString().equals(event.id())).findFirst().orElseThrow();
    }

    private int step(String event) {
        try {
            return json.readTree(event).path("data").path("step").asInt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** As Prometheus scrapes it: the gauge queries the database at every scrape. */
    private static double parkedGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("meridian_outbox_parked"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }
}
