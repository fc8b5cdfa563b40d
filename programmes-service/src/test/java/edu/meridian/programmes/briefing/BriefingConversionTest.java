package edu.meridian.programmes.briefing;

import edu.meridian.programmes.application.ApplicationFixtures;
import edu.meridian.programmes.call.CallFixtures;
import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Callers;
import edu.meridian.testing.TestClock;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.briefing.BriefingFixtures.UNIVERSITY;
import static edu.meridian.programmes.briefing.BriefingFixtures.etag;
import static edu.meridian.programmes.briefing.BriefingFixtures.move;
import static edu.meridian.programmes.briefing.BriefingFixtures.moveRegistration;
import static edu.meridian.programmes.briefing.BriefingFixtures.register;
import static edu.meridian.programmes.call.CallFixtures.destination;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The applications a briefing brought (BriefingConversion): only an attendee's application, submitted after the
 * briefing began, to a call the briefing was about; per partner only those that choose the partner; and, read from
 * one application, the briefings it counts for.
 */
@QuarkusTest
class BriefingConversionTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBriefingCountsTheApplicationsOfItsAttendeesToItsSchemeSubmittedAfterIt() {
        Partner nus = Partners.publish(kafka, "NUS " + unique(), "active", 4);
        Partner ntu = Partners.publish(kafka, "NTU " + unique(), "active", 4);
        String scheme = CallFixtures.scheme("Conversion " + unique(), nus, ntu);
        String call = openCall(scheme, nus, ntu);
        String otherCall = openCall(CallFixtures.scheme("Elsewhere " + unique(), nus), nus);
        LocalDate tomorrow = LocalDate.now(UNIVERSITY).plusDays(1);
        String briefing = BriefingFixtures.create("""
                {"title": {"zh": "春苗宣讲会", "en": "Chun Miao briefing %s"}, "format": "on_campus", "campus": "jinyun",
                 "venue": "Lecture Hall 2", "date": "%s", "startTime": "14:30", "endTime": "16:30", "capacity": 20,
                 "presentingPartners": ["%s", "%s"], "schemeIds": ["%s"]}"""
                .formatted(unique(), tomorrow, nus.institutionId(), ntu.institutionId(), scheme)).path("id");
        move(briefing, etag(briefing), "registration_open", null).response().then().statusCode(200);

        String converted = student("converted");
        String early = student("early");
        String absent = student("absent");
        String drafting = student("drafting");
        String elsewhere = student("elsewhere");
        Map<String, String> registrations = new LinkedHashMap<>();
        for (String token : List.of(converted, early, absent, drafting, elsewhere)) {
            registrations.put(token, register(token, briefing).response().then().statusCode(201).extract().path("id"));
        }
        String earlyApplication = ApplicationFixtures.submitted(early, application(call, nus));

        clock.set(tomorrow.atTime(14, 40).atZone(UNIVERSITY).toInstant());
        move(briefing, etag(briefing), "held", null).response().then().statusCode(200);
        registrations.forEach((token, registration) -> moveRegistration(staff(), briefing, registration,
                token.equals(absent) ? "absent" : "attended").response().then().statusCode(200));
        clock.set(tomorrow.atTime(18, 0).atZone(UNIVERSITY).toInstant());
        String convertedApplication = ApplicationFixtures.submitted(converted, application(call, nus));
        String absentApplication = ApplicationFixtures.submitted(absent, application(call, ntu));
        String elsewhereApplication = ApplicationFixtures.submitted(elsewhere, application(otherCall, nus));
        given().auth().oauth2(drafting).contentType(ContentType.JSON).body(application(call, ntu))
                .post("/api/programmes/applications").then().statusCode(201);

        given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/programmes/figures/briefings")
                .then().statusCode(200)
                .body("briefings.find { it.briefingId == '" + briefing + "' }.attended", equalTo(4))
                .body("briefings.find { it.briefingId == '" + briefing + "' }.applications", equalTo(1))
                .body("partners.find { it.institutionId == '" + nus.institutionId() + "' }.applications", equalTo(1))
                .body("partners.find { it.institutionId == '" + ntu.institutionId() + "' }.applications", equalTo(0));
        String csv = given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/programmes/figures/briefings/export.csv")
                .then().statusCode(200).header("Content-Disposition", containsString("briefing-figures.csv"))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFFbriefingId,titleZh,titleEn,date,format,campus,state,capacity,registered,attended,"
                + "absent,cancelled,applications\r\n").contains(briefing + ",春苗宣讲会,");
        assertThat(csv.lines().filter(line -> line.startsWith(briefing)).findFirst().orElseThrow())
                .endsWith(",on_campus,jinyun,held,20,5,4,1,0,1");
        String partnersCsv = given().auth().oauth2(Callers.CHEN_JIE.token())
                .get("/api/programmes/figures/briefings/partners/export.csv").then().statusCode(200).extract().asString();
        assertThat(partnersCsv).startsWith("\uFEFFinstitutionId,nameZh,nameEn,country,briefings,registered,attended,applications\r\n");
        assertThat(partnersCsv.lines().filter(line -> line.startsWith(nus.institutionId().toString())).findFirst().orElseThrow())
                .endsWith(",1,5,4,1");

        // The same rule, read from one application: the office and the applicant see the briefing it counts for.
        given().auth().oauth2(staff()).get(briefingsOf(convertedApplication)).then().statusCode(200)
                .body("id", contains(briefing)).body("[0].title.zh", equalTo("春苗宣讲会"))
                .body("[0].campusName.en", equalTo("Jinyun campus"))
                .body("[0].startsAt", startsWith(tomorrow + "T14:30:00+08:00"));
        given().auth().oauth2(converted).get(briefingsOf(convertedApplication)).then().statusCode(200)
                .body("id", contains(briefing));
        for (String none : List.of(earlyApplication, absentApplication, elsewhereApplication)) {
            given().auth().oauth2(staff()).get(briefingsOf(none)).then().statusCode(200).body("$", empty());
        }
        given().auth().oauth2(early).get(briefingsOf(convertedApplication)).then().statusCode(404);
        given().auth().oauth2(staff()).get(briefingsOf(java.util.UUID.randomUUID().toString())).then().statusCode(404);
    }

    private static String briefingsOf(String application) {
        return "/api/programmes/applications/" + application + "/briefings";
    }

    private static String openCall(String scheme, Partner... destinations) {
        String listed = Arrays.stream(destinations).map(partner -> destination(partner, 2, null))
                .collect(Collectors.joining(", "));
        String call = CallFixtures.create(CallFixtures.call(scheme, "Conversion " + unique(), listed)).path("id");
        CallFixtures.move(call, CallFixtures.etag(call), "open").response().then().statusCode(200);
        return call;
    }

    private static String student(String name) {
        String username = name + "." + unique();
        return Tokens.user(username).roles("student").unit("nursing").name(username).sign();
    }

    private static String application(String call, Partner choice) {
        return """
                {"callId": "%s", "choices": ["%s"], "statement": "I want to study nursing abroad.",
                 "gpa": 3.70, "yearOfStudy": 2, "languageResults": [{"test": "IELTS", "score": 7.0}]}"""
                .formatted(call, choice.institutionId());
    }
}
