package edu.meridian.partners.activity;

import edu.meridian.partners.PartnersFixtures;
import edu.meridian.persistence.AcademicYear;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild of partner activity (a fresh {@code PARTNERS_ACTIVITY_GROUP}): an empty projection and inbox, then every
 * record of the three topics read from the beginning by a new consumer group and received through the same consumer,
 * gives the same rows and the same figures as the projection built live, redeliveries and late versions included.
 */
@QuarkusTest
class ProjectionRebuildTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String SNAPSHOT = """
            select coalesce(string_agg(line, E'\\n' order by line), '') from (
              select concat_ws('|', mobility_id, institution_id, direction, mobility_type, academic_year, state,
                               started_on, version) as line
                from activity_mobility
              union all
              select concat_ws('|', r.record_id, r.kind, r.state, r.category, r.happened_on, r.version,
                               (select string_agg(i.institution_id::text, ',' order by i.position)
                                  from activity_record_institution i where i.record_id = r.record_id))
                from activity_record r) lines""";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    ActivityConsumer consumer;

    @Test
    void aFreshGroupReadingTheTopicsFromTheBeginningBuildsTheSameProjectionAndFigures() {
        String partner = ActivityTopics.partnerInForce(TODAY.minusYears(3), TODAY.plusYears(2));
        UUID mobility = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        LocalDate began = TODAY.minusMonths(1);
        String started = ActivityEvents.mobility(mobility, partner, "inbound", AcademicYear.of(began), "ongoing", began, 2);
        ActivityTopics.send(kafka, List.of(
                ActivityTopics.record("programmes.mobilities", mobility.toString(), started),
                ActivityTopics.record("programmes.mobilities", mobility.toString(), started),
                ActivityTopics.record("programmes.mobilities", mobility.toString(), ActivityEvents.mobility(mobility,
                        partner, "inbound", AcademicYear.of(began), "planned", null, 1)),
                ActivityTopics.record(NominationsAndVisitsTest.APPLICATIONS, application.toString(),
                        ActivityEvents.application(application, "confirmed", 8, partner)),
                ActivityTopics.record(NominationsAndVisitsTest.APPLICATIONS, application.toString(),
                        ActivityEvents.application(application, "nominated", 6, partner)),
                ActivityTopics.record(NominationsAndVisitsTest.DELEGATIONS, visit.toString(),
                        ActivityEvents.delegation(visit, "completed", 4, began, partner))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from activity_record where record_id in ('"
                + application + "', '" + visit + "')") == 2
                && count("select count(*) from activity_mobility where mobility_id = '" + mobility + "'") == 1);

        String rows = snapshot();
        Map<String, String> figures = figures(partner);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from activity_record_institution").executeUpdate();
            entityManager.createNativeQuery("delete from activity_record").executeUpdate();
            entityManager.createNativeQuery("delete from activity_mobility").executeUpdate();
            entityManager.createNativeQuery("delete from inbox_message where consumer = '" + ActivityConsumer.CONSUMER
                    + "'").executeUpdate();
        });
        assertThat(snapshot()).isEmpty();
        String group = "partners-rebuild-" + UUID.randomUUID();
        replay("programmes.mobilities", group, consumer::mobility);
        replay(NominationsAndVisitsTest.APPLICATIONS, group, consumer::application);
        replay(NominationsAndVisitsTest.DELEGATIONS, group, consumer::delegation);

        assertThat(snapshot()).isEqualTo(rows);
        assertThat(figures(partner)).isEqualTo(figures);
        assertThat(rows).contains(mobility + "|", application + "|application|confirmed", visit + "|delegation|completed");
    }

    private void replay(String topic, String group, Consumer<String> receive) {
        List<ConsumerRecord<String, String>> records = kafka.consumeStrings().withGroupId(group)
                .fromTopics(topic, Duration.ofSeconds(5)).awaitCompletion(Duration.ofSeconds(30)).getRecords();
        assertThat(records).isNotEmpty();
        records.forEach(record -> receive.accept(record.value()));
    }

    /** What the API shows of the projection: the dashboard and the partner's activity and timeline. */
    private static Map<String, String> figures(String partner) {
        return Map.of(
                "dashboard", read("/api/partners/activity/dashboard"),
                "activity", read("/api/partners/activity/institutions/" + partner),
                "timeline", read("/api/partners/activity/institutions/" + partner + "/timeline"));
    }

    private static String read(String path) {
        return given().auth().oauth2(PartnersFixtures.leader()).get(path).then().statusCode(200).extract().asString();
    }

    private String snapshot() {
        return QuarkusTransaction.requiringNew().call(() ->
                (String) entityManager.createNativeQuery(SNAPSHOT).getSingleResult());
    }

    private long count(String sql) {
        return ActivityTopics.count(entityManager, sql);
    }
}
