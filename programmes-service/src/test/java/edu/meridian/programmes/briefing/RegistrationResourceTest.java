package edu.meridian.programmes.briefing;

import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.student;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.briefing.BriefingFixtures.UNIVERSITY;
import static edu.meridian.programmes.briefing.BriefingFixtures.etag;
import static edu.meridian.programmes.briefing.BriefingFixtures.move;
import static edu.meridian.programmes.briefing.BriefingFixtures.moveRegistration;
import static edu.meridian.programmes.briefing.BriefingFixtures.onCampus;
import static edu.meridian.programmes.briefing.BriefingFixtures.open;
import static edu.meridian.programmes.briefing.BriefingFixtures.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Registrations and attendance over HTTP: who registers whom, capacity (also under concurrent requests), privacy. */
@QuarkusTest
class RegistrationResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String faculty() {
        return Callers.LIU_QIANG.token();
    }

    private static String path(String briefingId) {
        return "/api/programmes/briefings/" + briefingId + "/registrations";
    }

    @Test
    void studentsRegisterOnlyThemselvesOnceAndSeeOnlyTheirOwnRegistration() {
        String briefing = open(onCampus("Register " + unique(), LocalDate.now(UNIVERSITY).plusDays(10), 50));

        String mine = register(student(), briefing).response().then().statusCode(201)
                .body("person", equalTo("liu.yang")).body("state", equalTo("registered"))
                .body("selfRegistered", equalTo(true)).body("allowedTransitions", contains("cancelled"))
                .extract().path("id");
        register(student(), briefing).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:already-registered"));
        given().auth().oauth2(student()).contentType(ContentType.JSON).body("{\"person\": \"someone.else\"}")
                .post(path(briefing)).then().statusCode(403);
        String teacher = register(Callers.LIU_QIANG.token(), briefing).response().then().statusCode(201)
                .body("person", equalTo("liu.qiang")).extract().path("id");

        given().auth().oauth2(student()).get(path(briefing) + "/" + mine).then().statusCode(200)
                .body("person", equalTo("liu.yang"));
        given().auth().oauth2(student()).get(path(briefing) + "/" + teacher).then().statusCode(404);
        given().auth().oauth2(student()).get(path(briefing)).then().statusCode(403);
        given().auth().oauth2(student()).get("/api/programmes/briefings/" + briefing).then().statusCode(200)
                .body("myRegistration.id", equalTo(mine)).body("placesTaken", equalTo(2));
        given().auth().oauth2(student()).get("/api/programmes/briefings/my-registrations").then().statusCode(200)
                .body("briefingId", hasItem(briefing)).body("person.unique()", contains("liu.yang"));
        given().auth().oauth2(student()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"cancelled\"}").post(path(briefing) + "/" + teacher + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(staff()).get(path(briefing)).then().statusCode(200)
                .body("total", equalTo(2)).body("items.person", contains("liu.yang", "liu.qiang"));

        moveRegistration(student(), briefing, mine, "attended").response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:illegal-transition"));
        moveRegistration(student(), briefing, mine, "cancelled").response().then().statusCode(200)
                .body("state", equalTo("cancelled"));
        given().auth().oauth2(student()).get("/api/programmes/briefings/" + briefing).then()
                .body("placesTaken", equalTo(1)).body("myRegistration.state", equalTo("cancelled"));
        register(student(), briefing).response().then().statusCode(201);
    }

    @Test
    void theOfficeRegistersWalkInsAndRecordsAttendanceOnceHeldAndExportsTheListAsCsv() {
        Partner manchester = Partners.publish(kafka, "Manchester " + unique(), "active", 2);
        LocalDate tomorrow = LocalDate.now(UNIVERSITY).plusDays(1);
        String briefing = open(onCampus("Attendance " + unique(), tomorrow, 3, manchester.institutionId()));
        String student = register(student(), briefing).response().then().statusCode(201).extract().path("id");
        String teacher = register(faculty(), briefing).response().then().statusCode(201).extract().path("id");
        moveRegistration(staff(), briefing, student, "attended").response().then().statusCode(409);

        clock.set(tomorrow.atTime(14, 40).atZone(UNIVERSITY).toInstant());
        given().auth().oauth2(new DemoCaller("late.student", "Late", "nursing", "zh-CN", List.of("student"),
                "meridian-gateway").token()).contentType(ContentType.JSON).body("{}").post(path(briefing))
                .then().statusCode(409).body("type", equalTo("urn:meridian:problem:briefing-started"));
        moveRegistration(faculty(), briefing, teacher, "cancelled").response().then().statusCode(409);
        move(briefing, etag(briefing), "held", null).response().then().statusCode(200);

        String walkIn = given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"person\": \"walk.in\"}")
                .post(path(briefing)).then().statusCode(201).body("selfRegistered", equalTo(false))
                .body("allowedTransitions", contains("attended", "absent", "cancelled")).extract().path("id");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"person\": \"one.too.many\"}")
                .post(path(briefing)).then().statusCode(409).body("type", equalTo("urn:meridian:problem:briefing-full"));
        moveRegistration(student(), briefing, student, "attended").response().then().statusCode(409);
        moveRegistration(staff(), briefing, student, "attended").response().then().statusCode(200)
                .body("state", equalTo("attended")).body("allowedTransitions", contains("absent"));
        moveRegistration(staff(), briefing, walkIn, "attended").response().then().statusCode(200);
        moveRegistration(staff(), briefing, teacher, "absent").response().then().statusCode(200);

        byte[] csv = given().auth().oauth2(staff()).get(path(briefing) + "/export.csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFperson,state,selfRegistered,registeredAt,updatedAt,updatedBy\r\n");
        assertThat(text.lines().skip(1).map(line -> line.split(",")[0] + " " + line.split(",")[1]).toList())
                .containsExactly("liu.yang attended", "liu.qiang absent", "walk.in attended");

        given().auth().oauth2(Callers.CHEN_JIE.token()).get("/api/programmes/figures/briefings").then().statusCode(200)
                .body("briefings.find { it.briefingId == '" + briefing + "' }.registered", equalTo(3))
                .body("briefings.find { it.briefingId == '" + briefing + "' }.attended", equalTo(2))
                .body("briefings.find { it.briefingId == '" + briefing + "' }.absent", equalTo(1))
                .body("briefings.find { it.briefingId == '" + briefing + "' }.applications", equalTo(0))
                .body("partners.find { it.institutionId == '" + manchester.institutionId() + "' }.attended", equalTo(2))
                .body("partners.find { it.institutionId == '" + manchester.institutionId() + "' }.name.en",
                        equalTo(manchester.nameEn()));
        given().auth().oauth2(staff()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/api/programmes/figures/briefings").then().statusCode(400);
        given().auth().oauth2(staff()).queryParam("from", tomorrow.plusDays(1).toString())
                .get("/api/programmes/figures/briefings").then().log().ifValidationFails().statusCode(200)
                .body("briefings.briefingId", org.hamcrest.Matchers.not(hasItem(briefing)));
    }

    @Test
    void manyParallelRegistrationsNeverExceedTheCapacity() throws Exception {
        int capacity = 5;
        int students = 16;
        String briefing = open(onCampus("Crowded " + unique(), LocalDate.now(UNIVERSITY).plusDays(5), capacity));
        List<String> tokens = IntStream.range(0, students).mapToObj(i -> new DemoCaller("crowd." + i + "." + unique(),
                "Student " + i, "nursing", "zh-CN", List.of("student"), "meridian-gateway").token()).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(students);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : tokens) {
                Callable<Integer> attempt = () -> {
                    start.await();
                    return register(token, briefing).statusCode();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(capacity);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(students - capacity);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(staff()).get(path(briefing)).then().body("total", equalTo(capacity));
        given().auth().oauth2(staff()).get("/api/programmes/briefings/" + briefing).then()
                .body("placesTaken", equalTo(capacity)).body("placesLeft", equalTo(0));
    }

    @Test
    void noRegistrationForAPlannedOrCancelledBriefingAndNoCapacityBelowThePlacesTaken() {
        LocalDate later = LocalDate.now(UNIVERSITY).plusDays(20);
        String planned = BriefingFixtures.create(onCampus("Not yet " + unique(), later, 10)).path("id");
        register(student(), planned).response().then().statusCode(404);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("{\"person\": \"early.bird\"}")
                .post(path(planned)).then().statusCode(409).body("type", equalTo("urn:meridian:problem:briefing-not-open"));

        String briefing = open(onCampus("Shrink " + unique(), later, 10));
        register(student(), briefing).response().then().statusCode(201);
        register(faculty(), briefing).response().then().statusCode(201);
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag(briefing))
                .body(onCampus("Shrink", later, 1)).put("/api/programmes/briefings/" + briefing)
                .then().statusCode(400).body("errors[0].field", equalTo("capacity"))
                .body("errors[0].params.value", equalTo(2));
        move(briefing, etag(briefing), "cancelled", "Room unavailable").response().then().statusCode(200);
        register(new DemoCaller("after.cancel", "A", "nursing", "zh-CN", List.of("student"), "meridian-gateway").token(),
                briefing).response().then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:briefing-not-open"));
    }
}
