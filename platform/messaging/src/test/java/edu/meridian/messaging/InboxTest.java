package edu.meridian.messaging;

import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboxTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    @Test
    void aRedeliveredEventHasNoSecondEffect() throws Exception {
        String subject = UUID.randomUUID().toString();
        String event = event(UUID.randomUUID().toString(), subject, false);
        String other = event(UUID.randomUUID().toString(), subject, false);

        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("test.things", subject, event),
                new ProducerRecord<>("test.things", subject, event),
                new ProducerRecord<>("test.things", subject, other),
                new ProducerRecord<>("test.things", subject, event)).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(subject) >= 2);
        Thread.sleep(1_000);
        assertThat(effects(subject)).isEqualTo(2);
    }

    @Test
    void anEventWithAnExtensionAttributeAndANewDataFieldIsApplied() throws Exception {
        String subject = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        String extended = """
                {"specversion":"1.0","id":"%s","source":"/test","type":"edu.meridian.test.thing.changed",
                 "subject":"%s","time":"2026-03-02T08:15:00Z","datacontenttype":"application/json",
                 "traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                 "data":{"poison":false,"addedByTheProducerLater":{"colour":"blue"}}}""".formatted(id, subject);

        kafka.produceStrings().fromRecords(new ProducerRecord<>("test.things", subject, extended)).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(subject) == 1);
        kafka.consumeStrings()
                .fromTopics(java.util.Set.of("test.things.dlq"), records -> records.filter(record -> subject.equals(record.key())))
                .awaitNoRecords(Duration.ofSeconds(2));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAfterBoundedRetriesAndTheRestGoOn() throws Exception {
        String subject = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();

        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("test.things", subject, event(poisonId, subject, true)),
                new ProducerRecord<>("test.things", subject, "not a cloud event"),
                new ProducerRecord<>("test.things", other, event(UUID.randomUUID().toString(), other, false)))
                .awaitCompletion();

        var dead = Topics.awaitKey(kafka, "test.things.dlq", subject, 2);
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).value()).contains(poisonId);
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(other) == 1);
    }

    @Test
    void aLaterEventOfAnAggregateFollowsAnEarlierOneIntoTheDeadLetterTopicUnapplied() throws Exception {
        String subject = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        String laterId = UUID.randomUUID().toString();
        double heldBefore = heldCounter();

        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("test.things", subject, event(poisonId, subject, true)),
                new ProducerRecord<>("test.things", subject, event(laterId, subject, false)))
                .awaitCompletion();

        var dead = Topics.awaitKey(kafka, "test.things.dlq", subject, 2);
        assertThat(dead.get(0).value()).contains(poisonId);
        assertThat(dead.get(1).value()).contains(laterId);
        assertThat(effects(subject)).isZero();
        assertThat(heldCounter()).isEqualTo(heldBefore + 1);
    }

    private static double heldCounter() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("meridian_inbox_held_total") && line.contains("thing-effects"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void aValidEventOutlivesAShortDatabaseBlip() throws Exception {
        String subject = UUID.randomUUID().toString();
        long failuresBefore = blipFailures();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement blip = connection.prepareStatement(
                     "insert into thing_blip (subject, millis) values (?, 300)")) {
            blip.setString(1, subject);
            blip.executeUpdate();
        }

        kafka.produceStrings().fromRecords(
                new ProducerRecord<>("test.things", subject, event(UUID.randomUUID().toString(), subject, false)))
                .awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(subject) == 1);
        assertThat(blipFailures()).as("attempts that met the blip").isGreaterThan(failuresBefore);
        kafka.consumeStrings()
                .fromTopics(java.util.Set.of("test.things.dlq"), records -> records.filter(record -> subject.equals(record.key())))
                .awaitNoRecords(Duration.ofSeconds(2));
    }

    private long blipFailures() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery(
                     "select case when is_called then last_value else 0 end from thing_blip_failures")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String event(String id, String subject, boolean poison) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"edu.meridian.test.thing.changed",
                 "subject":"%s","time":"2026-03-02T08:15:00Z","datacontenttype":"application/json",
                 "data":{"poison":%s}}""".formatted(id, subject, poison);
    }

    private long effects(String subject) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from thing_effect where subject = ?")) {
            query.setString(1, subject);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
