package edu.meridian.admissions;

import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.application.ApplicationFixtures;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import edu.meridian.testing.Callers;
import edu.meridian.testing.HostileValues;
import edu.meridian.testing.MalformedBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * No input, however malformed, yields a 5xx: every JSON operation gets broken bodies as an officer and as an
 * applicant; then every operation gets well-formed requests with hostile values against an existing programme,
 * intake, application and document, so that the business code runs.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String[] BODIES = {
            "{\"code\": 7, \"name\": [], \"tuition\": {\"amount\": 1e309, \"currency\": 3}, \"durationMonths\": \"x\"}",
            "{\"name\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}",
            "{\"startsOn\": \"2027-02-30\", \"applicationsOpen\": \"yesterday\", \"places\": -1e400}",
            "{\"education\": [null, 7, {\"country\": 1, \"fromYear\": \"x\"}], \"choices\": [{\"intakeId\": \"no\"}]}",
            "{\"languageTests\": [{\"type\": \"GRE\", \"result\": -1e400}], \"funding\": {\"type\": \"lottery\"}}",
            "{\"to\": \"" + "\\u0000".repeat(10) + "\", \"reason\": []}",
            "{\"kind\": \"maybe\", \"conditions\": [null], \"deadline\": \"2024-13-01\", \"priority\": 99}",
            "{\"answer\": \"perhaps\", \"decision\": {\"x\": 1}, \"dateOfBirth\": \"2999-01-01\"}"};

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.SUN_LI).also(BODIES).requests(AdmissionsFixtures.requests()).tests();
    }

    @TestFactory
    Stream<DynamicTest> anApplicantGetsAProblemForBrokenBodiesToo() {
        return MalformedBodies.as(Callers.MARIA_SILVA).also(BODIES).requests(AdmissionsFixtures.requests()).tests();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileValuesForExistingRecordsWithoutA5xx() {
        String code = "HOSTILE-" + AdmissionsFixtures.unique().toUpperCase();
        String programmeBody = ProgrammeFixtures.mbbsBody(code, "\"passport\"");
        String programme = ProgrammeFixtures.programme(programmeBody);
        String intake = ProgrammeFixtures.openIntake(programme, 10);
        Applicant applicant = Applicant.fresh();
        String application = ApplicationFixtures.draft(applicant, ApplicationFixtures.completeBody(intake));
        String document = ApplicationFixtures.upload(applicant, application, "passport");
        return HostileValues.as(Callers.SUN_LI)
                .record("/api/admissions/programmes/{id}", programme)
                .record("/api/admissions/intakes/{id}", intake)
                .record("/api/admissions/applications/{id}", application)
                .record("/api/admissions/applications/{id}/documents/{documentId}", document)
                .body("POST /api/admissions/programmes", programmeBody.replace(code, code + "-N"))
                .body("PUT /api/admissions/programmes/{id}", programmeBody)
                .body("POST /api/admissions/applications", ApplicationFixtures.completeBody(intake))
                .body("PUT /api/admissions/applications/{id}", ApplicationFixtures.completeBody(intake))
                .tests();
    }

    /** The applicant's own draft gets hostile values too, so that saving a draft runs with them. */
    @TestFactory
    Stream<DynamicTest> anApplicantsOwnDraftAnswersHostileValuesWithoutA5xx() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        String draft = ApplicationFixtures.openApplicationOf(Callers.MARIA_SILVA.token());
        return HostileValues.as(Callers.MARIA_SILVA)
                .record("/api/admissions/applications/{id}", draft)
                .body("PUT /api/admissions/applications/{id}", ApplicationFixtures.completeBody(intake))
                .tests();
    }
}
