package edu.meridian.partners.activity;

import com.fasterxml.jackson.databind.JsonNode;
import edu.meridian.partners.PartnersFixtures;
import edu.meridian.partners.agreement.AgreementFixtures;
import edu.meridian.persistence.AcademicYear;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partner activity fed with programmes' mobility events through the real broker: the golden examples of contracts/,
 * redelivery and late older versions without a second effect, the exchange balance of an agreement and the dormancy
 * of an institution. Dates are relative to today, so the worked example holds on any day it runs.
 */
@QuarkusTest
class ActivityProjectionTest {

    private static final String TOPIC = "programmes.mobilities";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void everyGoldenExampleOfProgrammesMobilitiesIsReceivedWithoutADeadLetter() throws Exception {
        List<JsonNode> examples = ActivityTopics.goldenExamples("edu.meridian.programmes.mobility.");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        send(ActivityTopics.records(TOPIC, examples));

        await().atMost(Duration.ofSeconds(30)).until(() -> examples.stream()
                .allMatch(example -> ActivityTopics.received(entityManager, example)));
        assertThat(count("select count(*) from inbox_dead_letter")).isZero();
        UUID mobility = UUID.fromString(examples.get(0).at("/data/mobilityId").asText());
        long newest = examples.stream().filter(example -> !example.path("type").asText().endsWith("grant-awarded"))
                .mapToLong(example -> example.at("/data/version").asLong()).max().orElseThrow();
        assertThat(count("select version from activity_mobility where mobility_id = '" + mobility + "'"))
                .as("the newest version of the mobility is held").isEqualTo(newest);
    }

    @Test
    void theBalanceCountsEachMobilityOnceAndDormancyFollowsWhatHappened() {
        LocalDate threeYearsAgo = TODAY.minusYears(3);
        String lively = AgreementFixtures.institution();
        String agreement = activeAgreement(lively, threeYearsAgo);
        String quiet = AgreementFixtures.institution();
        activeAgreement(quiet, threeYearsAgo);

        LocalDate lastMonth = TODAY.minusMonths(1);
        AcademicYear thisYear = AcademicYear.of(lastMonth);
        UUID went = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID came = UUID.randomUUID();
        String started = ActivityEvents.mobility(went, lively, "outbound", thisYear, "ongoing", lastMonth, 2);
        send(List.of(
                record(went.toString(), started),
                record(went.toString(), started),
                record(went.toString(), ActivityEvents.mobility(went, lively, "outbound", thisYear, "planned", null, 1)),
                record(cancelled.toString(), ActivityEvents.mobility(cancelled, lively, "outbound", thisYear, "ongoing", lastMonth, 2)),
                record(cancelled.toString(), ActivityEvents.mobility(cancelled, lively, "outbound", thisYear, "cancelled", lastMonth, 3)),
                record(came.toString(), ActivityEvents.mobility(came, lively, "inbound", thisYear, "ongoing", lastMonth.minusDays(3), 2))));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from activity_mobility where institution_id = '" + lively + "' and version >= 2") == 3
                && count("select max(version) from activity_mobility where mobility_id = '" + cancelled + "'") == 3);

        JsonPath balance = given().auth().oauth2(PartnersFixtures.staff())
                .get("/api/partners/activity/agreements/" + agreement).then().statusCode(200).extract().jsonPath();
        Map<String, Object> thisYearsLine = balance.getMap("lines.find { it.academicYear == '" + thisYear + "' }");
        assertThat(thisYearsLine).containsEntry("direction", "outbound").containsEntry("mobilityType", "student_study")
                .containsEntry("offered", 20).containsEntry("used", 1).containsEntry("unused", 19)
                .containsEntry("overUse", 0);
        assertThat(balance.getList("lines.direction")).as("no inbound places offered, the inbound one is uncovered")
                .containsOnly("outbound");

        JsonPath activity = given().auth().oauth2(PartnersFixtures.leader())
                .get("/api/partners/activity/institutions/" + lively).then().statusCode(200).extract().jsonPath();
        assertThat(activity.getString("years[0].academicYear")).isEqualTo(thisYear.toString());
        assertThat(activity.getInt("years[0].outbound.student_study")).isEqualTo(1);
        assertThat(activity.getInt("years[0].inbound.student_study")).isEqualTo(1);
        assertThat(activity.getString("lastActivity")).isEqualTo(lastMonth.toString());
        assertThat(activity.getBoolean("dormant")).isFalse();

        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/activity/institutions/" + quiet)
                .then().statusCode(200)
                .body("dormant", org.hamcrest.Matchers.equalTo(true))
                .body("years", org.hamcrest.Matchers.empty());
        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/activity/institutions/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(PartnersFixtures.staff()).get("/api/partners/activity/agreements/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    /** An active agreement with the institution since {@code from}, offering 20 outbound study places a year. */
    private static String activeAgreement(String institution, LocalDate from) {
        Map<String, Object> body = AgreementFixtures.draft(PartnersFixtures.unique(), institution);
        body.put("effectiveDate", from.toString());
        body.put("expiryDate", TODAY.plusYears(2).toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> condition = (Map<String, Object>) ((List<?>) body.get("conditions")).get(0);
        condition.put("fromYear", null);
        condition.put("toYear", null);
        return AgreementFixtures.agreementIn("active", body);
    }

    private static ProducerRecord<String, String> record(String key, String event) {
        return ActivityTopics.record(TOPIC, key, event);
    }

    private void send(List<ProducerRecord<String, String>> records) {
        ActivityTopics.send(kafka, records);
    }

    private long count(String sql) {
        return ActivityTopics.count(entityManager, sql);
    }
}
