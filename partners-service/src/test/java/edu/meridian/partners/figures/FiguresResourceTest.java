package edu.meridian.partners.figures;

import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static edu.meridian.partners.PartnersFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FiguresResourceTest {

    static final DemoCaller STAFF = Callers.WANG_FANG;
    static final DemoCaller LEADERSHIP = Callers.CHEN_JIE;
    static final DemoCaller STUDENT = Callers.LIU_YANG;
    static final String PATH = "/api/partners/figures";
    static final ZoneId UNIVERSITY = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager entityManager;

    static String institution(String country, String kind) {
        String tag = unique();
        return given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON)
                .body("""
                        {"name": {"zh": "测试机构%1$s", "en": "Figures test institution %1$s"}, "country": "%2$s",
                         "kind": "%3$s"}""".formatted(tag, country, kind))
                .post("/api/partners/institutions")
                .then().statusCode(201).extract().path("id");
    }

    /** The {@code count} of the item the GPath condition selects, 0 when there is none. */
    static long count(String figure, String condition) {
        Object value = given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + figure)
                .then().statusCode(200).extract().path("items.find { " + condition + " }.count");
        return value == null ? 0 : ((Number) value).longValue();
    }

    static long total(String figure) {
        return ((Number) given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/" + figure)
                .then().statusCode(200).extract().path("total")).longValue();
    }

    /** An agreement row as the agreement model will write it (its API does not exist yet). */
    void agreement(String referenceCode, String kind, String state, LocalDate expiry, String institutionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.randomUUID();
            entityManager.createNativeQuery("""
                            insert into agreement (id, reference_code, kind, title_zh, title_en, signing_unit, state,
                                effective_date, expiry_date, owner, version, created_at, created_by, updated_at, updated_by)
                            values (:id, :reference, :kind, :titleZh, :titleEn, 'nursing', :state, :effective, :expiry,
                                'wang.fang', 0, now(), 'wang.fang', now(), 'wang.fang')""")
                    .setParameter("id", id)
                    .setParameter("reference", referenceCode)
                    .setParameter("kind", kind)
                    .setParameter("titleZh", "合作协议 " + referenceCode)
                    .setParameter("titleEn", "Agreement " + referenceCode)
                    .setParameter("state", state)
                    .setParameter("effective", expiry.minusYears(5))
                    .setParameter("expiry", expiry)
                    .executeUpdate();
            entityManager.createNativeQuery("""
                            insert into agreement_partner (agreement_id, institution_id, position)
                            values (:agreement, :institution, 0)""")
                    .setParameter("agreement", id)
                    .setParameter("institution", UUID.fromString(institutionId))
                    .executeUpdate();
        });
    }

    @Test
    void countsInstitutionsByCountryWithNamesAndByStatus() {
        long iceland = count("institutions-by-country", "it.country == 'IS'");
        long newZealand = count("institutions-by-country", "it.country == 'NZ'");
        long activeInIceland = count("institutions-by-country?status=active", "it.country == 'IS'");
        long prospectiveInIceland = count("institutions-by-country?status=prospective", "it.country == 'IS'");
        long all = total("institutions-by-country");

        String first = institution("IS", "university");
        institution("IS", "hospital");
        institution("NZ", "university");
        given().auth().oauth2(STAFF.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"active\"}")
                .post("/api/partners/institutions/" + first + "/transitions")
                .then().statusCode(200);

        assertThat(count("institutions-by-country", "it.country == 'IS'")).isEqualTo(iceland + 2);
        assertThat(count("institutions-by-country", "it.country == 'NZ'")).isEqualTo(newZealand + 1);
        assertThat(total("institutions-by-country")).isEqualTo(all + 3);
        assertThat(count("institutions-by-country?status=active", "it.country == 'IS'")).isEqualTo(activeInIceland + 1);
        assertThat(count("institutions-by-country?status=prospective", "it.country == 'IS'"))
                .isEqualTo(prospectiveInIceland + 1);

        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/institutions-by-country")
                .then().statusCode(200)
                .body("items.find { it.country == 'IS' }.countryName.zh", equalTo("冰岛"))
                .body("items.find { it.country == 'IS' }.countryName.en", equalTo("Iceland"));

        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/institutions-by-country?status=dormant")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void countsInstitutionsByKind() {
        long institutes = count("institutions-by-kind", "it.kind == 'research_institute'");
        long bodies = count("institutions-by-kind", "it.kind == 'government_body'");
        long activeInstitutes = count("institutions-by-kind?status=active", "it.kind == 'research_institute'");
        long all = total("institutions-by-kind");

        institution("DE", "research_institute");
        institution("FR", "research_institute");
        institution("JP", "government_body");

        assertThat(count("institutions-by-kind", "it.kind == 'research_institute'")).isEqualTo(institutes + 2);
        assertThat(count("institutions-by-kind", "it.kind == 'government_body'")).isEqualTo(bodies + 1);
        assertThat(count("institutions-by-kind?status=active", "it.kind == 'research_institute'"))
                .isEqualTo(activeInstitutes);
        assertThat(total("institutions-by-kind")).isEqualTo(all + 3);
    }

    @Test
    void countsAgreementsByKindAndState() {
        String partner = institution("SG", "university");
        String exchangesActive = "it.kind == 'student_exchange' && it.state == 'active'";
        String summerDrafts = "it.kind == 'summer_school' && it.state == 'draft'";
        long active = count("agreements-by-kind-and-state", exchangesActive);
        long drafts = count("agreements-by-kind-and-state", summerDrafts);
        long all = total("agreements-by-kind-and-state");

        LocalDate later = LocalDate.now(UNIVERSITY).plusYears(3);
        String tag = unique();
        agreement("FIG-" + tag + "-1", "student_exchange", "active", later, partner);
        agreement("FIG-" + tag + "-2", "student_exchange", "active", later, partner);
        agreement("FIG-" + tag + "-3", "summer_school", "draft", later, partner);

        assertThat(count("agreements-by-kind-and-state", exchangesActive)).isEqualTo(active + 2);
        assertThat(count("agreements-by-kind-and-state", summerDrafts)).isEqualTo(drafts + 1);
        assertThat(total("agreements-by-kind-and-state")).isEqualTo(all + 3);
    }

    @Test
    void listsAgreementsInForceExpiringWithinTheGivenDays() {
        String partner = institution("KR", "association");
        LocalDate today = LocalDate.now(UNIVERSITY);
        long before = ((Number) given().auth().oauth2(LEADERSHIP.token()).queryParam("withinDays", 30)
                .get(PATH + "/agreements-expiring").then().statusCode(200).extract().path("count")).longValue();

        String tag = unique();
        String today0 = "EXP-" + tag + "-today";
        String in10 = "EXP-" + tag + "-in10";
        String in30 = "EXP-" + tag + "-in30";
        agreement(in10, "student_exchange", "active", today.plusDays(10), partner);
        agreement(in30, "clinical_training", "expiring", today.plusDays(30), partner);
        agreement(today0, "research", "active", today, partner);
        agreement("EXP-" + tag + "-in31", "student_exchange", "active", today.plusDays(31), partner);
        agreement("EXP-" + tag + "-past", "student_exchange", "active", today.minusDays(1), partner);
        agreement("EXP-" + tag + "-draft", "student_exchange", "draft", today.plusDays(5), partner);
        agreement("EXP-" + tag + "-ended", "student_exchange", "terminated", today.plusDays(5), partner);

        var response = given().auth().oauth2(LEADERSHIP.token()).queryParam("withinDays", 30)
                .get(PATH + "/agreements-expiring")
                .then().statusCode(200)
                .body("withinDays", equalTo(30))
                .body("from", equalTo(today.toString()))
                .body("to", equalTo(today.plusDays(30).toString()))
                .body("items.find { it.referenceCode == '" + in10 + "' }.title.en", equalTo("Agreement " + in10))
                .body("items.find { it.referenceCode == '" + in10 + "' }.title.zh", equalTo("合作协议 " + in10))
                .body("items.find { it.referenceCode == '" + in10 + "' }.expiryDate", equalTo(today.plusDays(10).toString()))
                .body("items.find { it.referenceCode == '" + in10 + "' }.state", equalTo("active"))
                .body("items.find { it.referenceCode == '" + in30 + "' }.state", equalTo("expiring"))
                .body("items.find { it.referenceCode == '" + in10 + "' }.id", org.hamcrest.Matchers.notNullValue())
                .extract();
        assertThat(((Number) response.path("count")).longValue()).isEqualTo(before + 3);
        List<String> ours = response.<List<String>>path("items.referenceCode").stream()
                .filter(code -> code.startsWith("EXP-" + tag)).toList();
        assertThat(ours).containsExactly(today0, in10, in30);

        given().auth().oauth2(LEADERSHIP.token()).get(PATH + "/agreements-expiring")
                .then().statusCode(200)
                .body("withinDays", equalTo(90))
                .body("to", equalTo(today.plusDays(90).toString()))
                .body("items.referenceCode", hasItem("EXP-" + tag + "-in31"));

        for (String bad : List.of("0", "3651", "-5", "soon")) {
            given().auth().oauth2(LEADERSHIP.token()).queryParam("withinDays", bad).get(PATH + "/agreements-expiring")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("withinDays"));
        }
    }

    @Test
    void everyReaderMayReadFiguresButStudentsMayNot() {
        for (String figure : List.of("institutions-by-country", "institutions-by-kind", "agreements-by-kind-and-state",
                "agreements-expiring")) {
            given().auth().oauth2(Callers.ZHAO_MIN.token()).get(PATH + "/" + figure).then().statusCode(200);
            given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get(PATH + "/" + figure).then().statusCode(200);
            given().auth().oauth2(STUDENT.token()).get(PATH + "/" + figure).then().statusCode(403);
            given().auth().oauth2(Callers.MARIA_SILVA.token()).get(PATH + "/" + figure).then().statusCode(403);
            given().get(PATH + "/" + figure).then().statusCode(401);
        }
    }
}
