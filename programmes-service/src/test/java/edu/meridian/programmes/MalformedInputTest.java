package edu.meridian.programmes;

import edu.meridian.testing.Callers;
import edu.meridian.testing.MalformedBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * No input, however malformed, yields a 5xx: every JSON operation of the live OpenAPI document gets broken bodies
 * as an office admin (who passes every role check) and must answer 4xx problem+json. Besides the runner's bodies,
 * these name this service's fields.
 */
@QuarkusTest
class MalformedInputTest {

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.ZHANG_WEI)
                .also("{\"title\": 7, \"to\": [], \"kind\": {}, \"destinations\": \"x\", \"places\": 1e309}",
                        "{\"title\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}",
                        "{\"window\": {\"from\": \"2026-02-30\", \"to\": \"yesterday\"}, \"academicYear\": 2026}",
                        "{\"eligibility\": {\"minGpa\": \"high\", \"yearsOfStudy\": [-1]}, \"criteria\": [{\"weight\": 1e400}]}",
                        "{\"to\": \"" + "\\u0000".repeat(10) + "\"}",
                        "{\"format\": \"hybrid\", \"campus\": \"mars\", \"date\": \"2024-13-01\", \"startTime\": \"25:61\", \"capacity\": -1}",
                        "{\"startTime\": 1430, \"presentingPartners\": [\"not-an-id\"], \"person\": {\"name\": \"x\"}}")
                .requests(ProgrammesFixtures.requests())
                .tests();
    }
}
