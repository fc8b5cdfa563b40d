package edu.meridian.partners.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;

/**
 * Reads {@code partners.agreements} from the beginning, as a consumer group of its own, and picks out the records
 * of one agreement (other tests publish on the same topic).
 */
final class AgreementTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsumerTask<String, String> task;

    private AgreementTopic(ConsumerTask<String, String> task) {
        this.task = task;
    }

    static AgreementTopic listen(KafkaCompanion companion) {
        return new AgreementTopic(companion.consumeStrings()
                .withGroupId("agreement-test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(AgreementEvents.TOPIC));
    }

    /** The records keyed by this agreement id so far, in the order consumed. */
    List<ConsumerRecord<String, String>> recordsOf(String id) {
        return task.getRecords().stream().filter(record -> id.equals(record.key())).toList();
    }

    /** Waits until at least {@code count} records of this agreement arrived; returns all of them. */
    List<ConsumerRecord<String, String>> await(String id, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> recordsOf(id).size() >= count);
        return recordsOf(id);
    }

    /** The events of this agreement once at least {@code count} arrived, parsed. */
    List<JsonNode> events(String id, int count) {
        return await(id, count).stream().map(record -> parse(record.value())).toList();
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.get("type").asText().replace("edu.meridian.partners.agreement.", ""))
                .toList();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        task.close();
    }
}
