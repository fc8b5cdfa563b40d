package edu.meridian.programmes.selection;

import edu.meridian.programmes.selection.SelectionFixtures.CallInSelection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.programmes.application.ApplicationEvents;
import edu.meridian.programmes.application.ApplicationFixtures;
import edu.meridian.testing.Callers;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.student;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static edu.meridian.programmes.selection.SelectionFixtures.allocate;
import static edu.meridian.programmes.selection.SelectionFixtures.assign;
import static edu.meridian.programmes.selection.SelectionFixtures.assignment;
import static edu.meridian.programmes.selection.SelectionFixtures.callInSelection;
import static edu.meridian.programmes.selection.SelectionFixtures.choices;
import static edu.meridian.programmes.selection.SelectionFixtures.publish;
import static edu.meridian.programmes.selection.SelectionFixtures.reviewer;
import static edu.meridian.programmes.selection.SelectionFixtures.score;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Review, allocation and published results over HTTP, one case per rule (the rules' many cases are in
 * ReviewRulesTest, RankingRulesTest and AllocationRulesTest).
 */
@QuarkusTest
class SelectionResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aReviewerCannotSeeOrScoreUnassignedApplicationsNorScoreWithADeclaredConflict() {
        CallInSelection call = callInSelection(kafka, 2, 2, choices("nus", "ntu"));
        String assigned = call.applications().get(0);
        String unassigned = call.applications().get(1);

        assign(assigned, "zhao.min").statusCode(201).body("reviewer", equalTo("zhao.min"))
                .body("conflictDeclared", equalTo(false)).body("$", not(hasKey("application")));
        assign(assigned, "zhao.min").statusCode(400).body("errors[0].code", equalTo("duplicate"));
        assign(unassigned, "nobody." + unique()).statusCode(400).body("errors[0].code", equalTo("one-of"));
        given().auth().oauth2(staff()).get("/api/programmes/applications/" + assigned).then()
                .body("state", equalTo("under_review"));

        given().auth().oauth2(reviewer()).get("/api/programmes/reviews/my-assignments?callId=" + call.id()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].applicationId", equalTo(assigned))
                .body("items[0].criteria.code", contains("gpa", "interview"))
                .body("items[0]", not(hasKey("application")));
        given().auth().oauth2(reviewer()).get(assignment(assigned)).then().statusCode(200)
                .body("application.statement", equalTo("I want to study nursing abroad."))
                .body("application.gpa", equalTo(3.6f))
                .body("application.choices[0].institutionId", equalTo(call.nus().institutionId().toString()))
                .body("application", not(hasKey("applicantId")))
                .body("application", not(hasKey("applicantUsername")))
                .body("$", not(hasKey("applicantId")));

        given().auth().oauth2(reviewer()).get(assignment(unassigned)).then().statusCode(404);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"scores\": {\"gpa\": 90}}").put(assignment(unassigned) + "/scores").then().statusCode(404);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"I know them\"}").post(assignment(unassigned) + "/conflict").then().statusCode(404);
        given().auth().oauth2(reviewer()).get("/api/programmes/applications/" + unassigned).then().statusCode(403);
        String otherReviewer = Tokens.user("reviewer." + unique()).roles("reviewer").sign();
        given().auth().oauth2(otherReviewer).get(assignment(assigned)).then().statusCode(404);

        given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body("{\"scores\": {\"gpa\": 90}}").put(assignment(assigned) + "/scores").then().statusCode(428);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"scores\": {\"gpa\": 101, \"charm\": 50}}").put(assignment(assigned) + "/scores").then()
                .statusCode(400).body("errors.field", contains("scores.charm", "scores.gpa"))
                .body("errors.code", contains("one-of", "max"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"scores\": {\"gpa\": 80.5}}").put(assignment(assigned) + "/scores").then()
                .statusCode(400).body("errors.field", contains("scores.gpa"))
                .body("errors.message", contains("must be a whole number"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"scores\": {\"gpa\": 90}}").put(assignment(assigned) + "/scores").then().statusCode(200)
                .body("scores.gpa", equalTo(90)).body("version", equalTo(1));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"reason\": \" \"}").post(assignment(assigned) + "/conflict").then().statusCode(400);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"reason\": \"She is my niece\"}").post(assignment(assigned) + "/conflict").then().statusCode(200)
                .body("conflictDeclared", equalTo(true)).body("scores", equalTo(Map.of()))
                .body("$", not(hasKey("application")));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"scores\": {\"gpa\": 90}}").put(assignment(assigned) + "/scores").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:review-conflict-declared"));
        assign(assigned, "zhao.min").statusCode(400).body("errors[0].message",
                equalTo("declared a conflict of interest with this application; assign another reviewer"));
        given().auth().oauth2(staff()).get("/api/programmes/applications/" + assigned + "/reviewers").then()
                .statusCode(200).body("conflictReason", contains("She is my niece"));
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + call.id() + "/assignments").then().statusCode(200)
                .body("applicationId", contains(assigned)).body("reviewer", contains("zhao.min"))
                .body("conflictReason", contains("She is my niece"));
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + java.util.UUID.randomUUID() + "/assignments").then()
                .statusCode(404);
        allocate(call.id()).statusCode(409).body("type", equalTo("urn:meridian:problem:selection-incomplete"))
                .body("unranked.applicationId", contains(sorted(assigned, unassigned).toArray()))
                .body("unranked.missing.code.flatten()", contains("no-reviewer", "no-reviewer"));
    }

    @Test
    void theAllocationIsExplainedStoredByItsInputsAndPublishedOnlyWhenCurrent() throws Exception {
        CallInSelection call = callInSelection(kafka, 1, 1, choices("nus,ntu", "nus,ntu", "nus"));
        String first = call.applications().get(0);
        String second = call.applications().get(1);
        String third = call.applications().get(2);
        assign(first, "zhao.min").statusCode(201);
        assign(second, "zhao.min").statusCode(201);
        score(reviewer(), first, 90, 90).statusCode(200);
        score(reviewer(), second, 80, 80).statusCode(200);
        allocate(call.id()).statusCode(409).body("type", equalTo("urn:meridian:problem:selection-incomplete"))
                .body("unranked.applicationId", contains(third))
                .body("unranked[0].missing[0].code", equalTo("no-reviewer"));
        publish(call.id()).statusCode(409).body("type", equalTo("urn:meridian:problem:allocation-missing"));
        assign(third, "zhao.min").statusCode(201);
        allocate(call.id()).statusCode(409).body("unranked[0].missing[0].code", equalTo("scores-missing"))
                .body("unranked[0].missing[0].params.criteria", contains("gpa", "interview"));
        score(reviewer(), third, 70, 70).statusCode(200);

        String nus = call.nus().institutionId().toString();
        String ntu = call.ntu().institutionId().toString();
        JsonPath run = allocate(call.id()).statusCode(201).body("current", equalTo(true))
                .body("results.applicationId", contains(first, second, third))
                .body("results.rank", contains(1, 2, 3))
                .body("results.outcome", contains("allocated", "allocated", "waitlisted"))
                .body("results.destination", contains(nus, ntu, null))
                .body("results[0].score", equalTo(90.0f))
                .body("results[1].explanation.code", contains("choice-full", "allocated"))
                .body("results[1].explanation[0].params", equalTo(Map.of("choice", 1, "destination", nus, "places", 1,
                        "lastPlaceRank", 1)))
                .body("results[2].explanation.code", contains("choice-full", "waitlisted"))
                .body("results[2].explanation[1].params.position", equalTo(1))
                .body("destinations.allocated", contains(1, 1))
                .body("destinations.lastPlaceRank", contains(1, 2))
                .extract().jsonPath();
        allocate(call.id()).statusCode(200).body("fingerprint", equalTo(run.getString("fingerprint")));

        score(reviewer(), third, 95, 95).statusCode(200);
        given().auth().oauth2(staff()).get("/api/programmes/calls/" + call.id() + "/allocation").then().statusCode(200)
                .body("current", equalTo(false)).body("fingerprint", equalTo(run.getString("fingerprint")));
        publish(call.id()).statusCode(409).body("type", equalTo("urn:meridian:problem:allocation-stale"));
        allocate(call.id()).statusCode(201).body("results.applicationId", contains(third, first, second))
                .body("results.outcome", contains("allocated", "allocated", "waitlisted"))
                .body("results.destination", contains(nus, ntu, null));
        publish(call.id()).statusCode(200).body("state", equalTo("results_published"));

        given().auth().oauth2(staff()).get("/api/programmes/applications?callId=" + call.id() + "&sort=submittedAt").then()
                .body("items.state", contains("selected", "waitlisted", "selected"));
        List<ConsumerRecord<String, String>> events = Topics.awaitKey(kafka, ApplicationEvents.TOPIC, first, 2);
        JsonNode selected = new ObjectMapper().readTree(events.get(1).value());
        assertThat(selected.path("type").asText()).isEqualTo(ApplicationEvents.SELECTED);
        assertThat(selected.at("/data/previousState").asText()).isEqualTo("under_review");
        assertThat(Contracts.violations(events.get(1).value())).isEmpty();
        given().auth().oauth2(call.applicants().get(1)).get("/api/programmes/applications/" + second + "/result").then()
                .statusCode(200).body("outcome", equalTo("waitlisted")).body("rank", equalTo(3))
                .body("waitlistPosition", equalTo(1))
                .body("explanation.code", contains("choice-full", "choice-full", "waitlisted"))
                .body("explanation[0].params.lastPlaceRank", equalTo(1))
                .body("explanation[1].params.lastPlaceRank", equalTo(2));
        given().auth().oauth2(call.applicants().get(0)).get("/api/programmes/applications/" + second + "/result").then()
                .statusCode(404);
        given().auth().oauth2(student()).get("/api/programmes/applications/" + second + "/result").then().statusCode(404);
        given().auth().oauth2(Callers.LI_NA.token()).get("/api/programmes/applications/" + first + "/result").then()
                .statusCode(200).body("outcome", equalTo("allocated")).body("destination", equalTo(ntu))
                .body("explanation", nullValue()).body("score", nullValue());
        given().auth().oauth2(Callers.CAMPUS_SYSTEM.token()).get("/api/programmes/applications/" + first + "/result")
                .then().statusCode(200).body("outcome", equalTo("allocated")).body("rank", nullValue());
        score(reviewer(), third, 10, 10).statusCode(409).body("type", equalTo("urn:meridian:problem:call-not-in-selection"));
        allocate(call.id()).statusCode(409).body("type", equalTo("urn:meridian:problem:call-not-in-selection"));

        // The first applicant got their second choice, NTU: confirmed, their stay is planned there, not at NUS.
        for (String to : List.of("nominated", "accepted_by_host", "confirmed")) {
            ApplicationFixtures.move(staff(), first, to, null).response().then().statusCode(200);
        }
        given().auth().oauth2(call.applicants().get(0)).get("/api/programmes/mobilities").then().statusCode(200)
                .body("items.applicationId", contains(first)).body("items[0].institution.id", equalTo(ntu));
    }

    @Test
    void parallelAllocationsMakeOneRunAndNobodyIsAllocatedTwiceNorAnyDestinationOverItsPlaces() throws Exception {
        CallInSelection call = callInSelection(kafka, 2, 2,
                choices("nus,ntu", "ntu,nus", "nus", "nus,ntu", "ntu", "nus,ntu", "ntu,nus", "nus"));
        for (int i = 0; i < call.applications().size(); i++) {
            assign(call.applications().get(i), "zhao.min").statusCode(201);
            score(reviewer(), call.applications().get(i), 50 + i * 5, 60 - i).statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> post = () -> allocate(call.id()).extract().statusCode();
                answers.add(pool.submit(post));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);

        JsonPath run = given().auth().oauth2(staff()).get("/api/programmes/calls/" + call.id() + "/allocation").then()
                .statusCode(200).extract().jsonPath();
        List<String> applications = run.getList("results.applicationId");
        assertThat(applications).hasSize(8).doesNotHaveDuplicates();
        assertThat(new HashSet<>(applications)).isEqualTo(new HashSet<>(call.applications()));
        Map<String, Integer> taken = new HashMap<>();
        for (String destination : run.<String>getList("results.destination")) {
            if (destination != null) {
                taken.merge(destination, 1, Integer::sum);
            }
        }
        assertThat(taken).containsOnlyKeys(call.nus().institutionId().toString(), call.ntu().institutionId().toString());
        assertThat(taken.values()).containsOnly(2);
        assertThat(run.<String>getList("results.outcome")).filteredOn("waitlisted"::equals).hasSize(4);
        assertThat(run.<Integer>getList("results.waitlistPosition")).filteredOn(position -> position != null)
                .containsExactly(1, 2, 3, 4);
        assertThat(run.<Integer>getList("results.rank")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    private static List<String> sorted(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

}
