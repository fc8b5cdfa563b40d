package edu.meridian.visits.delegation;

import edu.meridian.testing.Callers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static edu.meridian.visits.VisitsFixtures.admin;
import static edu.meridian.visits.VisitsFixtures.nursingLiaison;
import static edu.meridian.visits.VisitsFixtures.staff;
import static edu.meridian.visits.VisitsFixtures.unique;
import static edu.meridian.visits.delegation.DelegationFixtures.PATH;
import static edu.meridian.visits.delegation.DelegationFixtures.created;
import static edu.meridian.visits.delegation.DelegationFixtures.etag;
import static edu.meridian.visits.delegation.DelegationFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * Guests' passports: sealed in the database (read back by JDBC), masked in every answer, read in full only by the
 * office with a reason, each reading recorded; kept across updates by the guest's id.
 */
@QuarkusTest
class GuestPassportResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPassportIsSealedInTheDatabaseAndMaskedInEveryAnswer() throws SQLException {
        String number = "E" + digits();
        String id = created(staff(), delegation("Passports " + unique(), guest("Tanaka Hiroshi", passport(number,
                "2029-05-31"))));

        String answer = given().auth().oauth2(staff()).get(PATH + "/" + id).then().statusCode(200)
                .body("guests[0].passport.number", equalTo(number.charAt(0) + "*****" + number.substring(6)))
                .body("guests[0].passport.expiry", equalTo("2029-**-**"))
                .body("guests[0].id", not(nullValue()))
                .extract().asString();
        assertThat(answer).doesNotContain(number.substring(1)).doesNotContain("2029-05-31");
        given().auth().oauth2(nursingLiaison()).get(PATH).then().statusCode(200)
                .body(not(containsString(number.substring(1))));

        List<String> columns = strings("select number || ' ' || expiry from guest_passport where delegation_id = ?", id);
        assertThat(columns).hasSize(1);
        assertThat(columns.get(0)).startsWith("pd1:test-1:").contains(" pd1:test-1:")
                .doesNotContain(number.substring(1)).doesNotContain("2029");
        assertThat(strings("select guests::text from delegation where id = ?", id).get(0)).doesNotContain(number.substring(1));
        assertThat(strings("select snapshot::text from revision where aggregate_id = ?", id))
                .noneMatch(snapshot -> snapshot.contains(number.substring(1)));
        assertThat(strings("select payload from outbox_message where record_key = ?::text", id))
                .isNotEmpty().noneMatch(payload -> payload.contains(number.substring(1)));
    }

    @Test
    void theOfficeReadsAPassportInFullWithAReasonAndTheReadingIsRecorded() {
        String number = "G" + digits();
        String id = created(nursingLiaison(), delegation("Reveal " + unique(), guest("Sato Yuki", passport(number,
                "2030-01-15"))));
        String guestId = given().auth().oauth2(staff()).get(PATH + "/" + id).then().extract().path("guests[0].id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"reason\": \"Visa invitation letter\"}")
                .post(PATH + "/" + id + "/guests/" + guestId + "/passport/reveal").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("guestId", equalTo(guestId))
                .body("number", equalTo(number))
                .body("expiry", equalTo("2030-01-15"));

        given().auth().oauth2(admin()).get(PATH + "/" + id + "/passport-reveals").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].field", equalTo("guests/" + guestId + "/passport"))
                .body("[0].reason", equalTo("Visa invitation letter"))
                .body("[0].revealedBy", equalTo("wang.fang"))
                .body("[0].revealedAt", not(nullValue()));
    }

    @Test
    void withoutAReasonOrOutsideTheOfficeNothingIsRevealedAndNothingRecorded() {
        String number = "K" + digits();
        String id = created(staff(), delegation("Refused " + unique(), guest("Kim Minji", passport(number,
                "2031-03-01"))));
        String guestId = given().auth().oauth2(staff()).get(PATH + "/" + id).then().extract().path("guests[0].id");
        String reveal = PATH + "/" + id + "/guests/" + guestId + "/passport/reveal";

        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"reason\": \"  \"}").post(reveal)
                .then().statusCode(400).body("errors.field", contains("reason"));
        for (String token : List.of(nursingLiaison(), Callers.CHEN_JIE.token(), Callers.CAMPUS_SYSTEM.token())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\": \"curious\"}").post(reveal)
                    .then().statusCode(403).body(not(containsString(number)));
        }
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"reason\": \"letter\"}")
                .post(PATH + "/" + id + "/guests/" + UUID.randomUUID() + "/passport/reveal").then().statusCode(404);

        given().auth().oauth2(admin()).get(PATH + "/" + id + "/passport-reveals").then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(staff()).get(PATH + "/" + id + "/passport-reveals").then().statusCode(403);
    }

    @Test
    void anUpdateKeepsAGuestsPassportByTheGuestsIdReplacesAGivenOneAndForgetsItWithTheGuest() throws SQLException {
        String number = "P" + digits();
        String title = "Kept " + unique();
        String id = created(staff(), delegation(title, guest("Tanaka Hiroshi", passport(number, "2029-05-31"))
                + ", " + guest("Sato Yuki", null)));
        List<String> guestIds = given().auth().oauth2(staff()).get(PATH + "/" + id).then().extract().path("guests.id");

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body(delegation(title, guestWithId(guestIds.get(0), "Tanaka Hiroshi") + ", "
                        + guestWithId(guestIds.get(1), "Sato Yuki").replace("}", ", \"passport\": "
                                + passport("Q7654321", "2032-12-31") + "}")))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("guests.id", equalTo(guestIds))
                .body("guests[0].passport.number", equalTo(number.charAt(0) + "*****" + number.substring(6)))
                .body("guests[1].passport.number", equalTo("Q*****21"));

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body(delegation(title, guestWithId(guestIds.get(1), "Sato Yuki").replace("}", ", \"passport\": "
                        + passport("R1112223", "2033-06-30") + "}")))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("guests", hasSize(1))
                .body("guests[0].passport.number", equalTo("R*****23"))
                .body("guests[0].passport.expiry", equalTo("2033-**-**"));
        assertThat(strings("select guest_id::text from guest_passport where delegation_id = ?", id))
                .containsExactly(guestIds.get(1));
    }

    @Test
    void anUnknownGuestIdOrAMalformedPassportIsA400ThatDoesNotRepeatTheValue() {
        String title = "Bad " + unique();
        String id = created(staff(), delegation(title, guest("Tanaka Hiroshi", null)));

        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(staff(), id))
                .body(delegation(title, guestWithId(UUID.randomUUID().toString(), "Someone Else")))
                .put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", contains("guests[0].id"))
                .body("errors.code", contains("unknown-reference"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .body(delegation(title, guest("Tanaka Hiroshi", passport("E12!4x67", "2029-05-31"))))
                .post(PATH).then().statusCode(400)
                .body("errors.field", contains("guests[0].passport.number"))
                .body(not(containsString("E12!4x67")));
    }

    private static String digits() {
        return String.valueOf(1_000_000 + (long) (Math.random() * 8_999_999));
    }

    private static String delegation(String title, String guests) {
        LocalDate arrival = today().plusDays(20);
        return """
                {"title": {"zh": "%1$s", "en": "%1$s"}, "category": "academic_visit", "hostUnit": "nursing",
                 "arrival": "%2$s", "departure": "%3$s", "guests": [%4$s]}""".formatted(title, arrival,
                arrival.plusDays(2), guests);
    }

    private static String guest(String name, String passport) {
        return """
                {"name": "%s", "institutionName": "Sasebo City Government", "nationality": "JP"%s}"""
                .formatted(name, passport == null ? "" : ", \"passport\": " + passport);
    }

    private static String guestWithId(String id, String name) {
        return """
                {"id": "%s", "name": "%s", "institutionName": "Sasebo City Government", "nationality": "JP"}"""
                .formatted(id, name);
    }

    private static String passport(String number, String expiry) {
        return "{\"number\": \"%s\", \"expiry\": \"%s\"}".formatted(number, expiry);
    }

    private List<String> strings(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
