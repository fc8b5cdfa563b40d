package edu.meridian.partners;

import edu.meridian.partners.institution.InstitutionEvents;
import edu.meridian.testing.KafkaResource;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing is lost while Kafka is down: writes succeed, wait in the outbox, and are published when it is back. */
@QuarkusTest
class OutboxResilienceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void writesSucceedWhileTheBrokerIsDownAndAreAllPublishedWhenItIsBack() {
        List<String> ids = new ArrayList<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(PartnersFixtures.register(PartnersFixtures.unique("Offline University")).path("id"));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> backlog() >= ids.size());
        } finally {
            KafkaResource.startBroker();
        }

        // Delivery is at least once: a batch cut off by the broker's stop may be sent again after its restart.
        Set<String> expected = Set.copyOf(ids);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        var records = Topics.await(kafka, InstitutionEvents.TOPIC, ids.size(),
                record -> expected.contains(record.key()) && seen.add(record.key()));

        assertThat(records).extracting(record -> record.key()).containsExactlyInAnyOrderElementsOf(ids);
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog() == 0);
    }

    private static double backlog() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("meridian_outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }
}
