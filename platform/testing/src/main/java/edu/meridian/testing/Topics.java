package edu.meridian.testing;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads what really reached a topic. Tests share topics, so they pick their own records by key or content. */
public final class Topics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    /** The first {@code count} records of the topic that match, read from the beginning; fails after 30 s. */
    public static List<ConsumerRecord<String, String>> await(KafkaCompanion kafka, String topic, int count,
            Predicate<ConsumerRecord<String, String>> matching) {
        return kafka.consumeStrings()
                .fromTopics(Set.of(topic), records -> records.filter(matching).select().first(count))
                .awaitCompletion(TIMEOUT)
                .getRecords();
    }

    /** The records of one aggregate (record key), in the order they were published. */
    public static List<ConsumerRecord<String, String>> awaitKey(KafkaCompanion kafka, String topic, String key, int count) {
        return await(kafka, topic, count, record -> key.equals(record.key()));
    }
}
