package edu.meridian.programmes.grant;

import edu.meridian.programmes.mobility.MobilityFixtures;
import edu.meridian.programmes.mobility.MobilityFixtures.Planned;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.mobility.MobilityFixtures.student;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Grants over HTTP, against the budget of CallFixtures' call: 200,000 CNY. */
@QuarkusTest
class GrantResourceTest {

    private static final String GRANTS = "/api/programmes/grants";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void grantsDrawOnTheCallsBudgetUntilItIsSpentOutsideFundersDoNot() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("grant." + unique(), "nursing"));

        award(grant(mobility, "chun_miao_fund", "150000", "CNY", "")).response().then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("state", equalTo("awarded"))
                .body("callId", equalTo(mobility.callId())).body("paid", equalTo(0))
                .body("allowedTransitions", contains("paid", "withdrawn"));
        award(grant(mobility, "university", "60000", "CNY", "")).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:grant-over-budget"))
                .body("remaining", equalTo(50000.00f));
        award(grant(mobility, "university", "5000", "SGD", "")).response().then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        award(grant(mobility, "csc", "60000", "CNY", "")).response().then().statusCode(201);
        award(grant(mobility, "partner_scholarship", "3000", "SGD", "")).response().then().statusCode(201);
        award(grant(mobility, "university", "50000", "CNY", "")).response().then().statusCode(201);

        given().auth().oauth2(staff()).get(GRANTS + "/funding?callId=" + mobility.callId()).then().statusCode(200)
                .body("budget.amount", equalTo(200000))
                .body("awarded", equalTo(200000.00f))
                .body("remaining", equalTo(0.00f))
                .body("fromOtherFunders.currency", contains("CNY", "SGD"));
        given().auth().oauth2(mobility.token()).get(GRANTS + "/funding?callId=" + mobility.callId()).then().statusCode(403);
        given().auth().oauth2(staff()).get(GRANTS + "?mobilityId=" + mobility.id()).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.funder", contains("chun_miao_fund", "csc", "partner_scholarship", "university"));
    }

    @Test
    void concurrentAwardsNeverExceedTheBudget() throws Exception {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("race." + unique(), "nursing"));
        String body = grant(mobility, "university", "50000", "CNY", "");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> award(body).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(4);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(staff()).get(GRANTS + "/funding?callId=" + mobility.callId()).then()
                .body("remaining", equalTo(0.00f));
    }

    @Test
    void instalmentsAddUpArePaidOneByOneAndTheParticipantReadsTheirOwnGrants() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("paid." + unique(), "nursing"));
        String due = """
                , "instalments": [{"amount": 12000, "dueOn": "2026-07-01"}, {"amount": 8000, "dueOn": "2026-10-01"}]""";
        award(grant(mobility, "chun_miao_fund", "25000", "CNY", due)).response().then().statusCode(400)
                .body("errors[0].field", equalTo("instalments"));
        String id = award(grant(mobility, "chun_miao_fund", "20000", "CNY", due)).path("id");

        transition(id, "paid", null).response().then().statusCode(409).body("type", equalTo("urn:meridian:problem:grant-not-ready"));
        String paid = """
                , "instalments": [{"amount": 12000, "dueOn": "2026-07-01", "paidOn": "2026-07-02"},
                                  {"amount": 8000, "dueOn": "2026-10-01", "paidOn": "2026-07-02"}]""";
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(grant(mobility, "chun_miao_fund", "20000", "CNY", paid)).put(GRANTS + "/" + id).then().statusCode(200)
                .body("paid", equalTo(20000));
        transition(id, "withdrawn", "Changed our mind").response().then().statusCode(409);
        transition(id, "paid", null).response().then().statusCode(200).body("state", equalTo("paid"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(grant(mobility, "chun_miao_fund", "1", "CNY", "")).put(GRANTS + "/" + id).then().statusCode(409);
        transition(id, "repaid", " ").response().then().statusCode(400);
        transition(id, "repaid", "Came home after a month").response().then().statusCode(200)
                .body("allowedTransitions", empty());
        given().auth().oauth2(staff()).get(GRANTS + "/funding?callId=" + mobility.callId()).then()
                .body("awarded", equalTo(0));

        given().auth().oauth2(mobility.token()).get(GRANTS + "?mobilityId=" + mobility.id()).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].allowedTransitions", empty());
        given().auth().oauth2(mobility.token()).get(GRANTS).then().statusCode(400);
        given().auth().oauth2(mobility.token()).get(GRANTS + "/" + id).then().statusCode(200);
        String other = student("notmine." + unique(), "nursing");
        given().auth().oauth2(other).get(GRANTS + "?mobilityId=" + mobility.id()).then().statusCode(404);
        given().auth().oauth2(other).get(GRANTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(edu.meridian.testing.Callers.CAMPUS_SYSTEM.token()).get(GRANTS + "/" + id).then()
                .statusCode(200).body("amount", equalTo(20000.00f)).body("updatedBy", nullValue());
        given().auth().oauth2(mobility.token()).contentType(ContentType.JSON)
                .body(grant(mobility, "university", "1", "CNY", "")).post(GRANTS).then().statusCode(403);
    }

    @Test
    void aCancelledMobilityGetsNoGrant() {
        Planned mobility = MobilityFixtures.confirmed(kafka, student("nogrant." + unique(), "nursing"));
        MobilityFixtures.move(staff(), mobility.id(), "cancelled", "Visa refused").response().then().statusCode(200);
        award(grant(mobility, "university", "100", "CNY", "")).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:mobility-cancelled"));
    }

    static String grant(Planned mobility, String funder, String amount, String currency, String more) {
        return "{\"mobilityId\": \"%s\", \"funder\": \"%s\", \"amount\": %s, \"currency\": \"%s\"%s}"
                .formatted(mobility.id(), funder, amount, currency, more);
    }

    static ExtractableResponse<Response> award(String body) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body).post(GRANTS).then().extract();
    }

    private static String etag(String id) {
        return given().auth().oauth2(staff()).get(GRANTS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ExtractableResponse<Response> transition(String id, String to, String reason) {
        String body = reason == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post(GRANTS + "/" + id + "/transitions").then().extract();
    }
}
