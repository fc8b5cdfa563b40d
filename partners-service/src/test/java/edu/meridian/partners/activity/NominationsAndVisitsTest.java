package edu.meridian.partners.activity;

import com.fasterxml.jackson.databind.JsonNode;
import edu.meridian.partners.PartnersFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Programmes' applications and visits' delegations fed into partner activity through the real broker: every golden
 * example of both topics, each delivered twice, is received once and without a dead letter; a nomination or a visit
 * that took place wakes a dormant partner, a visit only planned does not.
 */
@QuarkusTest
class NominationsAndVisitsTest {

    static final String APPLICATIONS = "programmes.applications";
    static final String DELEGATIONS = "visits.delegations";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void everyGoldenExampleIsReceivedOnceWithoutADeadLetterAndTheNewestVersionIsHeld() {
        List<JsonNode> applications = ActivityTopics.goldenExamples("edu.meridian.programmes.application.");
        List<JsonNode> delegations = ActivityTopics.goldenExamples("edu.meridian.visits.delegation.");
        assertThat(applications).hasSizeGreaterThanOrEqualTo(6);
        assertThat(delegations).hasSizeGreaterThanOrEqualTo(5);
        for (int delivery = 0; delivery < 2; delivery++) {
            ActivityTopics.send(kafka, ActivityTopics.records(APPLICATIONS, applications));
            ActivityTopics.send(kafka, ActivityTopics.records(DELEGATIONS, delegations));
        }
        List<JsonNode> all = new ArrayList<>(applications);
        all.addAll(delegations);
        await().atMost(Duration.ofSeconds(30)).until(() -> all.stream()
                .allMatch(example -> ActivityTopics.received(entityManager, example)));

        for (JsonNode example : all) {
            assertThat(count("select count(*) from inbox_dead_letter where event_id = '" + example.path("id").asText()
                    + "'")).as(example.path("type").asText()).isZero();
        }
        assertNewestHeld(applications, "/data/applicationId");
        assertNewestHeld(delegations, "/data/delegationId");
    }

    @Test
    void aNominationOrAVisitThatTookPlaceWakesADormantPartnerAndAPlannedVisitDoesNot() {
        String nominatedTo = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        String visitedFrom = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        String onlyPlanned = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        assertDormant(nominatedTo, true);

        UUID application = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        UUID planned = UUID.randomUUID();
        LocalDate arrival = TODAY.minusMonths(1);
        String nominated = ActivityEvents.application(application, "nominated", 6, nominatedTo);
        ActivityTopics.send(kafka, List.of(
                ActivityTopics.record(APPLICATIONS, application.toString(), nominated),
                ActivityTopics.record(APPLICATIONS, application.toString(), nominated),
                ActivityTopics.record(APPLICATIONS, application.toString(),
                        ActivityEvents.application(application, "selected", 5, nominatedTo)),
                ActivityTopics.record(DELEGATIONS, visit.toString(),
                        ActivityEvents.delegation(visit, "completed", 4, arrival, visitedFrom)),
                ActivityTopics.record(DELEGATIONS, planned.toString(),
                        ActivityEvents.delegation(planned, "scheduled", 2, TODAY.plusMonths(1), onlyPlanned))));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from activity_record where record_id in ('"
                + application + "', '" + visit + "', '" + planned + "')") == 3);
        assertThat(count("select version from activity_record where record_id = '" + application + "'"))
                .as("the late older version changes nothing").isEqualTo(6);

        assertDormant(nominatedTo, false);
        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/activity/institutions/" + visitedFrom)
                .then().statusCode(200).body("dormant", equalTo(false)).body("lastActivity", equalTo(arrival.toString()));
        assertDormant(onlyPlanned, true);
    }

    private void assertNewestHeld(List<JsonNode> examples, String idPointer) {
        JsonNode newest = examples.stream().max(java.util.Comparator.comparingLong(e -> e.at("/data/version").asLong()))
                .orElseThrow();
        String id = newest.at(idPointer).asText();
        assertThat(count("select version from activity_record where record_id = '" + id + "'"))
                .isEqualTo(newest.at("/data/version").asLong());
        assertThat(count("select count(*) from activity_record where record_id = '" + id + "' and state = '"
                + newest.at("/data/state").asText() + "'")).isEqualTo(1);
    }

    private static void assertDormant(String institution, boolean dormant) {
        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/activity/institutions/" + institution)
                .then().statusCode(200).body("dormant", equalTo(dormant));
    }

    private long count(String sql) {
        return ActivityTopics.count(entityManager, sql);
    }
}
