package edu.meridian.programmes;

import edu.meridian.programmes.mobility.MobilityFixtures;
import edu.meridian.programmes.mobility.MobilityFixtures.Planned;
import edu.meridian.testing.Callers;
import edu.meridian.testing.ResponseFields;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static edu.meridian.programmes.mobility.MobilityFixtures.details;
import static edu.meridian.programmes.mobility.MobilityFixtures.send;
import static edu.meridian.programmes.mobility.MobilityFixtures.today;
import static io.restassured.RestAssured.given;

/**
 * What each role reads (least data per role), field by field, for every role the authorisation matrix lets read. A
 * mobility of the demo student liu.yang (nursing): the report only for them and the office; the learning agreement,
 * the name and who changed it not for campus systems; hidden from the demo teacher (not theirs). Its grants: who
 * changed them not for campus systems.
 */
@QuarkusTest
class LeastDataTest {

    private static final List<String> OWNER_AND_OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT);
    private static final List<String> CAMPUS = List.of(Roles.CAMPUS_SYSTEM);
    private static final List<String> NOT_THEIRS = List.of(Roles.FACULTY);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestFactory
    Stream<DynamicTest> eachRoleReadsWhatItWorksWith() {
        Planned mobility = MobilityFixtures.confirmed(kafka, Callers.LIU_YANG.token());
        MobilityFixtures.agreed(mobility, Callers.LI_NA.token());
        send(ProgrammesFixtures.staff(), "PUT", mobility.id(), "", details(mobility, today(), null, "null"))
                .response().then().statusCode(200);
        MobilityFixtures.move(ProgrammesFixtures.staff(), mobility.id(), "ongoing", null).response().then().statusCode(200);
        send(mobility.token(), "PUT", mobility.id(), "/report", "{\"report\": \"First weeks at the host\"}")
                .response().then().statusCode(200);
        String grant = given().auth().oauth2(ProgrammesFixtures.staff()).contentType(ContentType.JSON).body("""
                        {"mobilityId": "%s", "funder": "chun_miao_fund", "amount": 20000, "currency": "CNY"}"""
                        .formatted(mobility.id())).post("/api/programmes/grants").then().statusCode(201).extract().path("id");

        return AuthorizationMatrixTest.matrix().reads(
                ResponseFields.of("GET /api/programmes/mobilities/{id}", Map.of("id", mobility.id()))
                        .onlyFor(OWNER_AND_OFFICE, "report")
                        .notFor(CAMPUS, "participantName", "learningAgreement", "createdBy",
                                "updatedBy")
                        .hiddenFrom(NOT_THEIRS),
                ResponseFields.of("GET /api/programmes/mobilities", Map.of()).query("academicYear", "2026/27")
                        .query("state", "ongoing").query("size", 100)
                        .notFor(CAMPUS, "participantName", "learningAgreement").hiddenFrom(NOT_THEIRS),
                ResponseFields.of("GET /api/programmes/mobilities/{id}/versions", Map.of("id", mobility.id()))
                        .hiddenFrom(NOT_THEIRS),
                ResponseFields.of("GET /api/programmes/grants/{id}", Map.of("id", grant))
                        .notFor(CAMPUS, "createdBy", "updatedBy").hiddenFrom(NOT_THEIRS))
                .fieldTests();
    }
}
