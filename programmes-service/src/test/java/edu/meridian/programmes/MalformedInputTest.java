package edu.meridian.programmes;

import edu.meridian.testing.Callers;
import edu.meridian.testing.MalformedBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * No input, however malformed, yields a 5xx: every JSON operation of the live OpenAPI document gets broken bodies
 * as an office admin and as a student (between them they pass every role check) and must answer 4xx problem+json. Besides the runner's bodies,
 * these name this service's fields.
 */
@QuarkusTest
class MalformedInputTest {

    /** Bodies naming the fields of schemes, calls, briefings and applications; the office and a student send them. */
    private static final String[] BODIES = {
            "{\"title\": 7, \"to\": [], \"kind\": {}, \"destinations\": \"x\", \"places\": 1e309}",
            "{\"title\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}",
            "{\"window\": {\"from\": \"2026-02-30\", \"to\": \"yesterday\"}, \"academicYear\": 2026}",
            "{\"eligibility\": {\"minGpa\": \"high\", \"yearsOfStudy\": [-1]}, \"criteria\": [{\"weight\": 1e400}]}",
            "{\"to\": \"" + "\\u0000".repeat(10) + "\"}",
            "{\"callId\": \"not-an-id\", \"choices\": \"x\", \"gpa\": \"high\", \"yearOfStudy\": 1e10}",
            "{\"choices\": [null, 7, \"x\"], \"languageResults\": [{\"test\": [], \"score\": -1e400}]}",
            "{\"statement\": \"" + "申".repeat(100_000) + "\", \"gpa\": 99.999}",
            "{\"format\": \"hybrid\", \"campus\": \"mars\", \"date\": \"2024-13-01\", \"startTime\": \"25:61\", \"capacity\": -1}",
            "{\"startTime\": 1430, \"presentingPartners\": [\"not-an-id\"], \"person\": {\"name\": \"x\"}}"};

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.ZHANG_WEI).also(BODIES).requests(ProgrammesFixtures.requests()).tests();
    }

    /** Applications are written by the applicants themselves, whom the office admin's role check turns away first. */
    @TestFactory
    Stream<DynamicTest> applicantsGetAProblemForBrokenBodiesToo() {
        return MalformedBodies.as(Callers.LIU_YANG).also(BODIES).requests(ProgrammesFixtures.requests()).tests();
    }
}
