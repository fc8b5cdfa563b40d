package edu.meridian.partners.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static edu.meridian.partners.agreement.AgreementFixtures.AGREEMENTS;
import static edu.meridian.partners.agreement.AgreementFixtures.agreementIn;
import static edu.meridian.partners.agreement.AgreementFixtures.draft;
import static edu.meridian.partners.agreement.AgreementFixtures.etag;
import static edu.meridian.partners.agreement.AgreementFixtures.institution;
import static edu.meridian.partners.agreement.AgreementFixtures.read;
import static edu.meridian.partners.agreement.AgreementFixtures.staff;
import static edu.meridian.partners.agreement.AgreementFixtures.state;
import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily expiry job, run for chosen days: active → expiring 180 days before expiry with one alert per threshold
 * (180, 90, 30) and none twice, expired after the expiry date, auto-renewing agreements extended instead.
 * Other tests' agreements are in the same database, so the assertions look at this test's agreements only.
 */
@QuarkusTest
class AgreementExpiryTest {

    /** The events the lifecycle publishes before the expiry job has anything to say. */
    private static final List<String> UP_TO_ACTIVE = List.of("drafted", "submitted", "approved", "signed", "activated");

    @Inject
    AgreementExpiry expiry;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String activeAgreement(LocalDate expiryDate, Integer renewalPeriodMonths) {
        Map<String, Object> body = draft("expiry-" + unique(), institution());
        body.put("expiryDate", expiryDate.toString());
        if (renewalPeriodMonths != null) {
            body.put("autoRenewal", true);
            body.put("renewalPeriodMonths", renewalPeriodMonths);
        }
        return agreementIn("active", body);
    }

    /** Runs the job for a day on which this agreement must not change. */
    private void runExpectingNoChange(String id, LocalDate day) {
        String before = etag(id);
        String stateBefore = state(id);
        expiry.run(day);
        assertThat(etag(id)).as("run for " + day).isEqualTo(before);
        assertThat(state(id)).isEqualTo(stateBefore);
    }

    @Test
    void movesToExpiringAlertsOncePerThresholdAndExpires() {
        LocalDate expiryDate = LocalDate.of(2033, 3, 31);
        String id = activeAgreement(expiryDate, null);
        try (AgreementTopic topic = AgreementTopic.listen(companion)) {
            runExpectingNoChange(id, expiryDate.minusDays(181));

            expiry.run(expiryDate.minusDays(180));
            ExtractableResponse<Response> expiring = read(staff(), id);
            assertThat(expiring.<String>path("state")).isEqualTo("expiring");
            assertThat(expiring.<Integer>path("lastAlertDays")).isEqualTo(180);

            runExpectingNoChange(id, expiryDate.minusDays(180));
            runExpectingNoChange(id, expiryDate.minusDays(91));
            expiry.run(expiryDate.minusDays(90));
            assertThat(read(staff(), id).<Integer>path("lastAlertDays")).isEqualTo(90);
            runExpectingNoChange(id, expiryDate.minusDays(90));
            expiry.run(expiryDate.minusDays(30));
            assertThat(read(staff(), id).<Integer>path("lastAlertDays")).isEqualTo(30);
            runExpectingNoChange(id, expiryDate.minusDays(29));
            // The expiry date is the last day in force.
            runExpectingNoChange(id, expiryDate);

            expiry.run(expiryDate.plusDays(1));
            assertThat(state(id)).isEqualTo("expired");
            runExpectingNoChange(id, expiryDate.plusDays(2));

            List<JsonNode> events = topic.events(id, UP_TO_ACTIVE.size() + 4);
            assertThat(AgreementTopic.types(events)).containsExactly("drafted", "submitted", "approved", "signed",
                    "activated", "expiring", "expiring", "expiring", "expired");
            List<JsonNode> alerts = events.subList(5, 8);
            assertThat(alerts).extracting(event -> event.at("/data/alertDays").asInt()).containsExactly(180, 90, 30);
            assertThat(alerts).extracting(event -> event.at("/data/daysLeft").asInt()).containsExactly(180, 90, 30);
            assertThat(alerts).extracting(event -> event.at("/data/previousState").asText(null))
                    .containsExactly("active", null, null);
            assertThat(events.get(8).at("/data/previousState").asText()).isEqualTo("expiring");
            for (JsonNode event : events) {
                assertThat(Contracts.violations(event.toString())).as(event.toString()).isEmpty();
            }
        }
        given().auth().oauth2(staff()).get(AGREEMENTS + "/" + id + "/versions").then().extract()
                .<List<Map<String, Object>>>path("$").stream().skip(5).forEach(version -> {
                    assertThat(version.get("changedBy")).isEqualTo("system");
                    assertThat(List.of("expiring", "expiry alert", "expired")).contains((String) version.get("action"));
                });
    }

    @Test
    void afterDowntimeOnlyTheMostUrgentMissedAlertIsPublished() {
        LocalDate expiryDate = LocalDate.of(2033, 5, 31);
        String id = activeAgreement(expiryDate, null);
        try (AgreementTopic topic = AgreementTopic.listen(companion)) {
            expiry.run(expiryDate.minusDays(20));
            assertThat(state(id)).isEqualTo("expiring");
            runExpectingNoChange(id, expiryDate.minusDays(10));
            expiry.run(expiryDate.plusDays(3));
            List<JsonNode> events = topic.events(id, UP_TO_ACTIVE.size() + 2);
            assertThat(AgreementTopic.types(events).subList(5, events.size())).containsExactly("expiring", "expired");
            JsonNode alert = events.get(5).get("data");
            assertThat(alert.get("alertDays").asInt()).isEqualTo(30);
            assertThat(alert.get("daysLeft").asInt()).isEqualTo(20);
            assertThat(alert.get("previousState").asText()).isEqualTo("active");
        }
    }

    @Test
    void autoRenewingAgreementsAreExtendedInsteadOfExpiring() {
        LocalDate expiryDate = LocalDate.of(2033, 8, 31);
        String yearly = activeAgreement(expiryDate, 12);
        try (AgreementTopic topic = AgreementTopic.listen(companion)) {
            runExpectingNoChange(yearly, expiryDate.minusDays(100));
            runExpectingNoChange(yearly, expiryDate);

            expiry.run(expiryDate.plusDays(1));
            ExtractableResponse<Response> extended = read(staff(), yearly);
            assertThat(extended.<String>path("state")).isEqualTo("active");
            assertThat(extended.<String>path("expiryDate")).isEqualTo("2034-08-31");
            runExpectingNoChange(yearly, expiryDate.plusDays(1));

            List<JsonNode> events = topic.events(yearly, UP_TO_ACTIVE.size() + 1);
            assertThat(AgreementTopic.types(events)).containsExactly("drafted", "submitted", "approved", "signed",
                    "activated", "extended");
            JsonNode data = events.get(5).get("data");
            assertThat(data.get("previousExpiryDate").asText()).isEqualTo("2033-08-31");
            assertThat(data.get("expiryDate").asText()).isEqualTo("2034-08-31");
            assertThat(data.get("renewalPeriodMonths").asInt()).isEqualTo(12);
            assertThat(Contracts.violations(events.get(5).toString())).isEmpty();

            // This one's job did not run for half a year: one extension, by as many periods as it takes.
            String halfYearly = activeAgreement(expiryDate, 6);
            ExtractableResponse<Response> before = read(staff(), halfYearly);
            assertThat(before.<String>path("expiryDate")).isEqualTo("2033-08-31");
            expiry.run(LocalDate.of(2034, 3, 1));
            assertThat(read(staff(), halfYearly).<String>path("expiryDate")).isEqualTo("2034-08-31");
            List<JsonNode> halfYearlyEvents = topic.events(halfYearly, UP_TO_ACTIVE.size() + 1);
            assertThat(AgreementTopic.types(halfYearlyEvents).subList(5, halfYearlyEvents.size())).containsExactly("extended");
        }
    }

    @Test
    void oneBrokenAgreementDoesNotHoldUpTheOthers() {
        LocalDate expiryDate = LocalDate.of(2034, 1, 31);
        String broken = activeAgreement(expiryDate, null);
        String healthy = activeAgreement(expiryDate, null);
        // As if a legacy import had written conditions the service cannot read.
        setConditions(broken, "{\"not\": \"a list\"}");
        try {
            AgreementExpiry.Result result = expiry.run(expiryDate.plusDays(1));
            assertThat(result.failed()).isGreaterThanOrEqualTo(1);
            assertThat(state(healthy)).isEqualTo("expired");
        } finally {
            setConditions(broken, "[]");
        }
        assertThat(state(broken)).isEqualTo("active");
        expiry.run(expiryDate.plusDays(1));
        assertThat(state(broken)).isEqualTo("expired");
    }

    private void setConditions(String id, String json) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update agreement set conditions = cast(?1 as jsonb) where id = ?2")
                .setParameter(1, json).setParameter(2, UUID.fromString(id)).executeUpdate());
    }

    @Test
    void theDailyRunTakesTodayInTheUniversityTimeZone() {
        LocalDate expiryDate = LocalDate.of(2034, 5, 31);
        String id = activeAgreement(expiryDate, null);
        // 23:30 in Shanghai on the expiry date: still in force (an alert for the last day).
        clock.set(Instant.parse("2034-05-31T15:30:00Z"));
        expiry.daily();
        assertThat(state(id)).isEqualTo("expiring");
        // 00:30 in Shanghai the next day, though still 31 May in UTC: expired.
        clock.set(Instant.parse("2034-05-31T16:30:00Z"));
        expiry.daily();
        assertThat(state(id)).isEqualTo("expired");
        assertThat(read(staff(), id).<String>path("updatedAt")).isEqualTo("2034-05-31T16:30:00Z");
    }
}
