package edu.meridian.partners.activity;

import edu.meridian.partners.institution.InstitutionEvents;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily dormancy check on the service's clock: a partner on paper only becomes dormant, a visit wakes it, and
 * years later without anything happening it is dormant again; each change is published once on
 * {@code partners.institutions}, as a valid event of its contract, and a second run on the same facts publishes nothing.
 */
@QuarkusTest
class DormancyCheckTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    @Inject
    DormancyCheck check;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachChangeOfDormancyIsPublishedOnceOnTheInstitutionsTopic() {
        String partner = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(5));
        String lively = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(5));
        UUID visit = UUID.randomUUID();
        ActivityTopics.send(kafka, List.of(ActivityTopics.record(NominationsAndVisitsTest.DELEGATIONS,
                visit.toString(), ActivityEvents.delegation(visit, "completed", 4, TODAY.minusMonths(1), lively))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ActivityTopics.count(entityManager,
                "select count(*) from activity_record where record_id = '" + visit + "'") == 1);

        check.run();
        check.run();
        assertThat(published(partner, InstitutionEvents.DORMANT)).isEqualTo(1);
        assertThat(published(lively, InstitutionEvents.DORMANT)).as("a visit last month").isZero();

        UUID wakeUp = UUID.randomUUID();
        ActivityTopics.send(kafka, List.of(ActivityTopics.record(NominationsAndVisitsTest.DELEGATIONS,
                wakeUp.toString(), ActivityEvents.delegation(wakeUp, "completed", 4, TODAY, partner))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ActivityTopics.count(entityManager,
                "select count(*) from activity_record where record_id = '" + wakeUp + "'") == 1);
        check.run();
        check.run();
        assertThat(published(partner, InstitutionEvents.REACTIVATED)).isEqualTo(1);

        clock.set(TODAY.plusMonths(35).atStartOfDay(ZONE).toInstant());
        check.run();
        check.run();
        assertThat(published(partner, InstitutionEvents.DORMANT)).as("nothing since the visit").isEqualTo(2);
        assertThat(published(lively, InstitutionEvents.DORMANT)).isEqualTo(1);

        List<ConsumerRecord<String, String>> events = Topics.awaitKey(kafka, InstitutionEvents.TOPIC, partner, 4)
                .stream().filter(record -> !record.value().contains(".institution.registered\"")).toList();
        assertThat(events).extracting(record -> record.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
                .containsExactly(InstitutionEvents.DORMANT, InstitutionEvents.REACTIVATED, InstitutionEvents.DORMANT);
        for (ConsumerRecord<String, String> event : events) {
            assertThat(Contracts.violations(event.value())).as(event.value()).isEmpty();
            assertThat(Contracts.undeclared(event.value())).as(event.value()).isEmpty();
        }
        assertThat(events.get(1).value()).contains("\"dormant\":false", "\"lastActivity\":\"" + TODAY + "\"");
    }

    @Test
    void everyTypeOfTheInstitutionsTopicIsDocumented() {
        assertThat(Contracts.undocumented(InstitutionEvents.TOPIC, InstitutionEvents.TYPES)).isEmpty();
    }

    private long published(String institution, String type) {
        return ActivityTopics.count(entityManager, "select count(*) from outbox_message where record_key = '"
                + institution + "' and event_type = '" + type + "'");
    }
}
