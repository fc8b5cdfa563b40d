package edu.meridian.partners.activity;

import edu.meridian.partners.PartnersFixtures;
import edu.meridian.persistence.AcademicYear;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * A partner's timeline across the services (newest first, paged, each entry pointing at its record) and the leadership
 * dashboard's figures, from events fed through the real broker.
 */
@QuarkusTest
class TimelineAndDashboardTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void theTimelineListsWhatHappenedWithThePartnerNewestFirstInPages() {
        LocalDate since = TODAY.minusYears(3);
        String partner = ActivityTopics.partnerInForce(since, TODAY.plusYears(2));
        UUID mobility = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        LocalDate began = TODAY.minusMonths(2);
        ActivityTopics.send(kafka, List.of(
                ActivityTopics.record("programmes.mobilities", mobility.toString(), ActivityEvents.mobility(mobility,
                        partner, "outbound", AcademicYear.of(began), "ongoing", began, 2)),
                ActivityTopics.record(NominationsAndVisitsTest.DELEGATIONS, visit.toString(),
                        ActivityEvents.delegation(visit, "completed", 4, TODAY.minusMonths(1), partner)),
                ActivityTopics.record(NominationsAndVisitsTest.APPLICATIONS, application.toString(),
                        ActivityEvents.application(application, "nominated", 6, partner))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ActivityTopics.count(entityManager,
                "select count(*) from activity_record where record_id in ('" + visit + "', '" + application + "')") == 2
                && ActivityTopics.count(entityManager,
                "select count(*) from activity_mobility where mobility_id = '" + mobility + "'") == 1);

        JsonPath first = timeline(partner, 0);
        assertThat(first.getLong("total")).isEqualTo(4);
        assertThat(first.getList("items.kind")).containsExactly("application", "delegation");
        assertThat(first.getString("items[0].path")).isEqualTo("/api/programmes/applications/" + application);
        assertThat(first.getString("items[1].path")).isEqualTo("/api/visits/delegations/" + visit);
        assertThat(first.getString("items[1].service")).isEqualTo("visits-service");
        assertThat(first.getString("items[1].detail")).isEqualTo("partner_visit");
        JsonPath second = timeline(partner, 1);
        assertThat(second.getList("items.kind")).containsExactly("mobility", "agreement");
        assertThat(second.getString("items[0].date")).isEqualTo(began.toString());
        assertThat(second.getString("items[0].detail")).isEqualTo("outbound student_study");
        assertThat(second.getString("items[1].date")).isEqualTo(since.toString());
        assertThat(second.getString("items[1].path")).startsWith("/api/partners/agreements/");

        given().auth().oauth2(PartnersFixtures.staff())
                .get("/api/partners/activity/institutions/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
        given().auth().oauth2(PartnersFixtures.staff()).queryParam("size", 0)
                .get("/api/partners/activity/institutions/" + partner + "/timeline").then().statusCode(400);
    }

    @Test
    void theDashboardCountsPartnersMobilitiesPlacesAndVisitsAndNamesNoOne() {
        ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        String lively = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        UUID mobility = UUID.randomUUID();
        LocalDate began = TODAY.minusMonths(1);
        ActivityTopics.send(kafka, List.of(ActivityTopics.record("programmes.mobilities", mobility.toString(),
                ActivityEvents.mobility(mobility, lively, "outbound", AcademicYear.of(began), "ongoing", began, 2))));
        await().atMost(Duration.ofSeconds(30)).until(() -> ActivityTopics.count(entityManager,
                "select count(*) from activity_mobility where mobility_id = '" + mobility + "'") == 1);

        String body = given().auth().oauth2(PartnersFixtures.leader()).get("/api/partners/activity/dashboard")
                .then().statusCode(200).extract().asString();
        JsonPath figures = JsonPath.from(body);
        assertThat(figures.getString("asOf")).isEqualTo(TODAY.toString());
        assertThat(figures.getInt("dormantPartners")).isPositive();
        assertThat(figures.getInt("activePartners")).isPositive();
        assertThat(figures.getInt("activePartners") + figures.getInt("dormantPartners"))
                .isEqualTo(figures.getInt("partnersInForce"));
        String year = AcademicYear.of(began).toString();
        Map<String, Object> mobilities = figures.getMap("mobilities.find { it.academicYear == '" + year + "' }");
        assertThat((Integer) mobilities.get("outbound")).isPositive();
        Map<String, Object> balance = figures.getMap("balance.find { it.academicYear == '" + year + "' }");
        assertThat((Integer) balance.get("offered")).isGreaterThanOrEqualTo(40);
        assertThat((Integer) balance.get("used")).isPositive();
        assertThat((Integer) balance.get("unused")).isPositive();
        assertThat(body).doesNotContain("participantId", "applicantId", mobility.toString(), lively);
    }

    private static JsonPath timeline(String partner, int page) {
        return given().auth().oauth2(PartnersFixtures.staff()).queryParam("page", page).queryParam("size", 2)
                .get("/api/partners/activity/institutions/" + partner + "/timeline")
                .then().statusCode(200).extract().jsonPath();
    }
}
