package edu.meridian.programmes.figures;

import edu.meridian.programmes.application.ApplicationFixtures;
import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.mobility.MobilityFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * The programmes' figures over HTTP, as leadership reads them: counts and sums, also as CSV, no person named. Tests share
 * one database: the mobilities here are of a year and countries (FR, NL) no other test lists by.
 */
@QuarkusTest
class FiguresResourceTest {

    private static final String FIGURES = "/api/programmes/figures";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static String leadership() {
        return Callers.CHEN_JIE.token();
    }

    @Test
    void applicationsPerCallAndStateAndTheSelectionRatioOfEligibleApplications() {
        Partner host = Partners.publish(kafka, "Figures NUS " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Figures " + unique(), host);
        String call = CallFixtures.create(CallFixtures.call(scheme, "Figures " + unique(), destination(host, 3, null)))
                .path("id");
        CallFixtures.move(call, CallFixtures.etag(call), "open").response().then().statusCode(200);
        String waiting = ApplicationFixtures.submitted(student(), application(call, host, "3.70"));
        String chosen = ApplicationFixtures.submitted(student(), application(call, host, "3.90"));
        ApplicationFixtures.move(staff(), chosen, "under_review", null).response().then().statusCode(200);
        ApplicationFixtures.move(staff(), chosen, "selected", null).response().then().statusCode(200);
        ApplicationFixtures.submitted(student(), application(call, host, "2.10"));
        String leaving = student();
        String withdrawn = ApplicationFixtures.submitted(leaving, application(call, host, "3.50"));
        ApplicationFixtures.move(leaving, withdrawn, "withdrawn", null).response().then().statusCode(200);
        given().auth().oauth2(student()).contentType(ContentType.JSON).body(application(call, host, "3.60"))
                .post("/api/programmes/applications").then().statusCode(201);
        assertThat(waiting).isNotNull();

        given().auth().oauth2(leadership()).queryParam("callId", call).get(FIGURES + "/applications").then()
                .statusCode(200).body("total", equalTo(5))
                .body("items.state", contains("draft", "eligible", "ineligible", "selected", "withdrawn"))
                .body("items.count", contains(1, 1, 1, 1, 1))
                .body("items[0].title.en", containsString("Figures "))
                .body("items[0].academicYear", equalTo("2026/27"));
        given().auth().oauth2(leadership()).queryParam("academicYear", "2026/27").get(FIGURES + "/selection").then()
                .statusCode(200)
                .body("items.find { it.callId == '" + call + "' }.eligible", equalTo(2))
                .body("items.find { it.callId == '" + call + "' }.selected", equalTo(1))
                .body("items.find { it.callId == '" + call + "' }.ratio", equalTo(0.5f))
                .body("items.find { it.callId == '" + call + "' }.callState", equalTo("open"));

        String csv = new String(given().auth().oauth2(leadership()).queryParam("callId", call)
                .get(FIGURES + "/applications/export.csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcallId,titleZh,titleEn,academicYear,state,count\r\n");
        assertThat(csv.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',', line.lastIndexOf(',') - 1) + 1)))
                .containsExactly("draft,1", "eligible,1", "ineligible,1", "selected,1", "withdrawn,1");
        String selection = new String(given().auth().oauth2(leadership()).queryParam("academicYear", "2026/27")
                .get(FIGURES + "/selection/export.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(selection.lines().filter(line -> line.startsWith(call))).singleElement().asString()
                .endsWith(",2026/27,open,2,1,0.5000");
    }

    @Test
    void mobilitiesByCountryYearAndDirectionAndFundsPerFunderAndCurrencyLeaveOutWhatWasCancelledOrWithdrawn() {
        String year = "2041/42";
        UUID lyon = MobilityFixtures.partnerIn(kafka, "Lyon " + unique(), "FR");
        UUID rotterdam = MobilityFixtures.partnerIn(kafka, "Rotterdam " + unique(), "NL");
        String first = inbound(lyon, year);
        String second = inbound(lyon, year);
        inbound(rotterdam, year);
        String cancelled = inbound(rotterdam, year);
        MobilityFixtures.move(staff(), cancelled, "cancelled", "Visa refused").response().then().statusCode(200);
        JsonPath outboundBefore = given().auth().oauth2(leadership()).get(FIGURES + "/mobilities-by-direction")
                .then().statusCode(200).extract().jsonPath();
        MobilityFixtures.confirmed(kafka, MobilityFixtures.student("outbound." + unique(), "nursing"));

        given().auth().oauth2(leadership()).queryParam("academicYear", year).get(FIGURES + "/mobilities").then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.country", contains("FR", "NL"))
                .body("items.count", contains(2, 1))
                .body("items[0].direction", equalTo("inbound"))
                .body("items[0].countryName.en", equalTo("France"));
        given().auth().oauth2(leadership()).queryParam("academicYear", year).queryParam("direction", "outbound")
                .get(FIGURES + "/mobilities").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(leadership()).get(FIGURES + "/mobilities-by-direction").then().statusCode(200)
                .body("items.find { it.academicYear == '" + year + "' }.inbound", equalTo(3))
                .body("items.find { it.academicYear == '" + year + "' }.outbound", equalTo(0))
                .body("items.find { it.academicYear == '2026/27' }.outbound",
                        equalTo(outboundOf(outboundBefore, "2026/27") + 1));

        LocalDate yesterday = MobilityFixtures.today().minusDays(1);
        award(first, "csc", "30000", "CNY", "");
        String paid = award(second, "csc", "12000", "CNY",
                ", \"instalments\": [{\"amount\": 12000, \"dueOn\": \"%s\", \"paidOn\": \"%s\"}]".formatted(yesterday, yesterday));
        grantTransition(paid, "paid", null);
        String withdrawnGrant = award(second, "csc", "5000", "CNY", "");
        grantTransition(withdrawnGrant, "withdrawn", "Declined by the student");
        award(first, "partner_scholarship", "1500.50", "SGD", "");

        given().auth().oauth2(leadership()).queryParam("academicYear", year).get(FIGURES + "/funds").then()
                .statusCode(200)
                .body("items.funder", contains("csc", "partner_scholarship"))
                .body("items.currency", contains("CNY", "SGD"))
                .body("items.grants", contains(2, 1))
                .body("items[0].awarded", equalTo(42000.0f))
                .body("items[0].paid", equalTo(12000.0f))
                .body("items[0].repaid", equalTo(0))
                .body("items[1].awarded", equalTo(1500.5f));
        String csv = new String(given().auth().oauth2(leadership()).queryParam("academicYear", year)
                .get(FIGURES + "/funds/export.csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFfunder,currency,grants,awarded,paid,repaid\r\n"
                + "csc,CNY,2,42000.00,12000.00,0\r\npartner_scholarship,SGD,1,1500.50,0,0\r\n");
        String mobilities = new String(given().auth().oauth2(leadership()).queryParam("academicYear", year)
                .get(FIGURES + "/mobilities/export.csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(mobilities).isEqualTo("\uFEFFacademicYear,direction,country,countryZh,countryEn,count\r\n"
                + year + ",inbound,FR,法国,France,2\r\n" + year + ",inbound,NL,荷兰,Netherlands,1\r\n");
        assertThat(mobilities).doesNotContain("Participant");
    }

    @Test
    void badFiltersAreA400AndNoFigureNamesAPerson() {
        given().auth().oauth2(leadership()).queryParam("academicYear", "2026").get(FIGURES + "/selection").then()
                .statusCode(400);
        given().auth().oauth2(leadership()).queryParam("direction", "sideways").get(FIGURES + "/mobilities").then()
                .statusCode(400);
        given().auth().oauth2(leadership()).queryParam("callId", "not-a-uuid").get(FIGURES + "/applications").then()
                .statusCode(400);
        for (String figure : List.of("/applications", "/selection", "/mobilities", "/mobilities-by-direction",
                "/funds")) {
            given().auth().oauth2(leadership()).get(FIGURES + figure).then().statusCode(200)
                    .body(not(containsString("Participant"))).body(not(containsString("applicant")));
        }
    }

    private static int outboundOf(JsonPath figures, String year) {
        Integer outbound = figures.get("items.find { it.academicYear == '" + year + "' }.outbound");
        return outbound == null ? 0 : outbound;
    }

    private static String student() {
        String username = "figures." + unique();
        return Tokens.user(username).roles("student").unit("nursing").name(username).sign();
    }

    private static String application(String call, Partner host, String gpa) {
        return """
                {"callId": "%s", "choices": ["%s"], "statement": "I want to study nursing abroad.",
                 "gpa": %s, "yearOfStudy": 2, "languageResults": [{"test": "IELTS", "score": 7.0}]}"""
                .formatted(call, host.institutionId(), gpa);
    }

    private static String inbound(UUID institution, String year) {
        return MobilityFixtures.inbound(institution, year, "Participant " + unique(), "nursing").response().then()
                .statusCode(201).extract().path("id");
    }

    private static String award(String mobility, String funder, String amount, String currency, String more) {
        return given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"mobilityId": "%s", "funder": "%s", "amount": %s, "currency": "%s"%s}"""
                        .formatted(mobility, funder, amount, currency, more))
                .post("/api/programmes/grants").then().statusCode(201).extract().path("id");
    }

    private static void grantTransition(String grant, String to, String reason) {
        String etag = given().auth().oauth2(staff()).get("/api/programmes/grants/" + grant).then().statusCode(200)
                .extract().header("ETag");
        String body = reason == null ? "{\"to\": \"" + to + "\"}" : "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}";
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/api/programmes/grants/" + grant + "/transitions").then().statusCode(200);
    }
}
