package edu.meridian.programmes;

import edu.meridian.programmes.partner.Partners;
import edu.meridian.testing.Callers;
import edu.meridian.testing.HostileValues;
import edu.meridian.testing.MalformedBodies;
import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * No input, however malformed, yields a 5xx: every JSON operation of the live OpenAPI document gets broken bodies
 * as an office admin and as a student (between them they pass every role check) and must answer 4xx problem+json.
 * Besides the runner's bodies, these name this service's fields. Then every operation gets well-formed requests with
 * hostile values against existing records, so that the business code runs.
 */
@QuarkusTest
class MalformedInputTest {

    /**
     * Bodies naming the fields of schemes, calls, briefings, applications and reviews; the office, a student and a
     * reviewer send them.
     */
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
            "{\"startTime\": 1430, \"presentingPartners\": [\"not-an-id\"], \"person\": {\"name\": \"x\"}}",
            "{\"scores\": {\"gpa\": \"high\", \"interview\": 1e400, \"x\": null}, \"reviewer\": [], \"reason\": {}}",
            "{\"scores\": [90, 80], \"reviewer\": \"" + "评".repeat(100_000) + "\"}"};

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.ZHANG_WEI).also(BODIES).requests(ProgrammesFixtures.requests()).tests();
    }

    /** Applications are written by the applicants themselves, whom the office admin's role check turns away first. */
    @TestFactory
    Stream<DynamicTest> applicantsGetAProblemForBrokenBodiesToo() {
        return MalformedBodies.as(Callers.LIU_YANG).also(BODIES).requests(ProgrammesFixtures.requests()).tests();
    }

    /** A reviewer's scores and conflicts: only the reviewer's role passes their role check. */
    @TestFactory
    Stream<DynamicTest> reviewersGetAProblemForBrokenBodiesToo() {
        return MalformedBodies.as(Callers.ZHAO_MIN).also(BODIES).requests(ProgrammesFixtures.requests()).tests();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileValuesForExistingRecordsWithoutA5xx() {
        String tag = ProgrammesFixtures.unique();
        Partners.Partner partner = Partners.publish(kafka, "Hostile Values Polytechnic " + tag, "active", 10);
        String schemeBody = """
                {"kind": "outbound_exchange", "title": {"zh": "敌意值计划 %1$s", "en": "Hostile values scheme %1$s"},
                 "description": "Funded semester exchanges", "fundingRules": "Travel and stipend",
                 "destinations": [{"institutionId": "%2$s", "agreementId": "%3$s"}]}"""
                .formatted(tag, partner.institutionId(), partner.agreementId());
        String scheme = created("/api/programmes/schemes", schemeBody);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String callBody = """
                {"schemeId": "%1$s", "title": {"zh": "敌意值选拔 %2$s", "en": "Hostile values call %2$s"},
                 "academicYear": "2026/27", "direction": "outbound", "mobilityType": "student_study",
                 "window": {"from": "%3$s", "to": "%4$s"}, "destinations": [{"institutionId": "%5$s", "places": 2}],
                 "eligibility": {"yearsOfStudy": [2, 3], "minGpa": 3.2, "languageTests": [{"test": "IELTS", "minScore": 6.5}],
                                 "homeUnits": ["nursing"]},
                 "requiredDocuments": [{"code": "transcript", "title": {"zh": "成绩单", "en": "Transcript"}}],
                 "criteria": [{"code": "gpa", "title": {"zh": "学业成绩", "en": "Grades"}, "weight": 60},
                              {"code": "interview", "title": {"zh": "面试", "en": "Interview"}, "weight": 40}],
                 "reviewers": ["zhao.min"], "budget": {"amount": 200000, "currency": "CNY"}}"""
                .formatted(scheme, tag, today, today.plusDays(30), partner.institutionId());
        String call = created("/api/programmes/calls", callBody);
        given().auth().oauth2(ProgrammesFixtures.staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\": \"open\"}").post("/api/programmes/calls/" + call + "/transitions").then().statusCode(200);
        String application = nominated(call, partner);

        return HostileValues.as(Callers.ZHANG_WEI)
                .record("/api/programmes/partners/{id}", partner.institutionId().toString())
                .record("/api/programmes/schemes/{id}", scheme)
                .record("/api/programmes/calls/{id}", call)
                .record("/api/programmes/applications/{id}", application)
                .body("POST /api/programmes/schemes", schemeBody.replace("scheme " + tag, "scheme " + tag + " new"))
                .body("PUT /api/programmes/schemes/{id}", schemeBody)
                .body("POST /api/programmes/calls", callBody.replace("call " + tag, "call " + tag + " new"))
                .body("PUT /api/programmes/calls/{id}", callBody)
                .body("POST /api/programmes/applications/{id}/host-requirements",
                        "{\"code\": \"host-form\", \"title\": {\"zh\": \"申请表\", \"en\": \"Host application form\"}}")
                .tests();
    }

    /** A nominated application to the call (with the transcript it requires), so that its documents' rules run. */
    private static String nominated(String call, Partners.Partner partner) {
        String student = Tokens.user("hostile." + ProgrammesFixtures.unique()).roles("student").unit("nursing")
                .name("Hostile Values").sign();
        String id = given().auth().oauth2(student).contentType(ContentType.JSON).body("""
                {"callId": "%s", "choices": ["%s"], "statement": "Hostile values", "gpa": 3.8, "yearOfStudy": 3,
                 "languageResults": [{"test": "IELTS", "score": 7.5}]}""".formatted(call, partner.institutionId()))
                .post("/api/programmes/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(student).multiPart("kind", "transcript")
                .multiPart("file", "t.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .post("/api/programmes/applications/" + id + "/documents").then().statusCode(201);
        move(student, id, "submitted");
        for (String to : java.util.List.of("under_review", "selected", "nominated")) {
            move(ProgrammesFixtures.staff(), id, to);
        }
        return id;
    }

    private static void move(String token, String id, String to) {
        String etag = given().auth().oauth2(token).get("/api/programmes/applications/" + id).then().extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"to\": \"" + to + "\"}").post("/api/programmes/applications/" + id + "/transitions")
                .then().statusCode(200);
    }

    private static String created(String path, String body) {
        return given().auth().oauth2(ProgrammesFixtures.staff()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
