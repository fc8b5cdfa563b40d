package edu.meridian.programmes.selection;

import edu.meridian.programmes.AuthorizationMatrixTest;
import edu.meridian.programmes.selection.SelectionFixtures.CallInSelection;
import edu.meridian.testing.ResponseFields;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static edu.meridian.programmes.ProgrammesFixtures.student;
import static edu.meridian.programmes.selection.SelectionFixtures.allocate;
import static edu.meridian.programmes.selection.SelectionFixtures.assign;
import static edu.meridian.programmes.selection.SelectionFixtures.callInSelection;
import static edu.meridian.programmes.selection.SelectionFixtures.choices;
import static edu.meridian.programmes.selection.SelectionFixtures.publish;
import static edu.meridian.programmes.selection.SelectionFixtures.reviewer;
import static edu.meridian.programmes.selection.SelectionFixtures.score;

/**
 * What each role reads of the selection (least data per role), for every role the authorisation matrix lets read:
 * a reviewer reads what they score but never who the applicant is; the office reads the reviews without the
 * application; a published result in full for the applicant (the demo student) and the office, its outcome for the
 * liaison of the applicant's unit, the bare facts for campus systems, nothing for other applicants.
 */
@QuarkusTest
class SelectionLeastDataTest {

    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    private static final List<String> REVIEWERS = List.of(Roles.REVIEWER);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestFactory
    Stream<DynamicTest> eachRoleReadsWhatItNeedsOfTheSelection() {
        CallInSelection call = callInSelection(kafka, 1, 1, choices("nus,ntu", "nus"), List.of(student()));
        String own = call.applications().get(0);
        for (String application : call.applications()) {
            assign(application, "zhao.min").statusCode(201);
        }
        score(reviewer(), own, 70, 60).statusCode(200);
        score(reviewer(), call.applications().get(1), 90, 90).statusCode(200);
        allocate(call.id()).statusCode(201);
        publish(call.id()).statusCode(200);

        return AuthorizationMatrixTest.matrix().reads(
                ResponseFields.of("GET /api/programmes/reviews/my-assignments/{applicationId}", Map.of("applicationId", own))
                        .notFor(REVIEWERS, "application.applicantId", "application.applicantUsername",
                                "application.homeUnit", "applicantId"),
                ResponseFields.of("GET /api/programmes/reviews/my-assignments", Map.of()).query("callId", call.id())
                        .notFor(REVIEWERS, "application"),
                ResponseFields.of("GET /api/programmes/applications/{applicationId}/reviewers", Map.of("applicationId", own))
                        .notFor(OFFICE, "application", "criteria"),
                ResponseFields.of("GET /api/programmes/calls/{callId}/assignments", Map.of("callId", call.id()))
                        .notFor(OFFICE, "application", "criteria"),
                ResponseFields.of("GET /api/programmes/applications/{applicationId}/result", Map.of("applicationId", own))
                        .onlyFor(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT), "score", "explanation")
                        .notFor(List.of(Roles.CAMPUS_SYSTEM), "rank", "choice")
                        .hiddenFrom(List.of(Roles.FACULTY, Roles.APPLICANT)))
                .fieldTests();
    }
}
