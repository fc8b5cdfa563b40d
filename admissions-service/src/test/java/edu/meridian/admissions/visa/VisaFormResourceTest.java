package edu.meridian.admissions.visa;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.application.ApplicationFixtures;
import edu.meridian.admissions.letter.LetterFixtures;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The visa-form register through the API: batches recorded, forms issued by type to admitted applicants, voided and
 * reissued — and, under parallel requests, never one number twice. Tests share the register: each records its own
 * series (a prefix of its own), and asserts what holds whichever blank forms other tests left.
 */
@QuarkusTest
class VisaFormResourceTest {

    private static String intake;

    /** One intake for the applicants of all these tests, made once the service runs. */
    private static synchronized String intake() {
        if (intake == null) {
            intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 100);
        }
        return intake;
    }

    @Test
    void parallelIssuesNeverHandOutANumberTwiceNorGiveAStudentTwoForms() throws Exception {
        String series = prefix();
        record("JW201", series + "000001", series + "000030").then().statusCode(201);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            applications.add(admitted("csc_type_b"));
        }
        String token = officer();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String application = applications.get(i % applications.size());
            calls.add(() -> issue(token, application));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Response> responses = new ArrayList<>();
        try {
            for (Future<Response> answer : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
                responses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(Response::statusCode).allMatch(status -> status == 201 || status == 409);
        List<Response> issued = responses.stream().filter(response -> response.statusCode() == 201).toList();
        assertThat(issued).hasSize(applications.size());
        Set<String> numbers = new HashSet<>();
        Set<String> holders = new HashSet<>();
        for (Response response : issued) {
            assertThat(numbers.add(response.path("number"))).as("number issued once").isTrue();
            assertThat(holders.add(response.path("applicationId"))).as("one form per student").isTrue();
            assertThat(response.<String>path("type")).isEqualTo("JW201");
        }
        assertThat(holders).containsExactlyInAnyOrderElementsOf(applications);
        responses.stream().filter(response -> response.statusCode() == 409)
                .forEach(response -> assertThat(response.<String>path("type"))
                        .isEqualTo("urn:meridian:problem:visa-form-held"));
    }

    @Test
    void aReissueVoidsTheFormAndIssuesANewNumberAndAVoidedNumberIsNeverIssuedAgain() {
        String series = prefix();
        record("JW202", series + "000001", series + "000005").then().statusCode(201).body("size", equalTo(5))
                .body("blank", equalTo(5));
        String application = admitted("university_scholarship");
        Response first = issue(officer(), application);
        first.then().statusCode(201).body("type", equalTo("JW202")).body("status", equalTo("issued"));
        String number = first.path("number");

        given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"Spoiled while printing\"}").post("/api/admissions/visa-forms/" + number + "/reissue")
                .then().statusCode(412);
        Response reissued = given().auth().oauth2(officer()).contentType(ContentType.JSON)
                .header("If-Match", etag(number)).body("{\"reason\": \"Spoiled while printing\"}")
                .post("/api/admissions/visa-forms/" + number + "/reissue");
        reissued.then().statusCode(201).body("applicationId", equalTo(application)).body("replaces", equalTo(number))
                .body("number", not(equalTo(number)));
        given().auth().oauth2(staff()).get("/api/admissions/visa-forms/" + number).then().statusCode(200)
                .body("status", equalTo("voided")).body("voidReason", equalTo("Spoiled while printing"))
                .body("applicationId", equalTo(application));

        String second = reissued.path("number");
        voidForm(second, "Student changed passport").then().statusCode(200).body("status", equalTo("voided"));
        voidForm(second, "Again").then().statusCode(409).body("type", equalTo("urn:meridian:problem:visa-form-voided"));
        String third = issue(officer(), application).then().statusCode(201).extract().path("number");
        assertThat(third).isNotIn(number, second);
        given().auth().oauth2(staff()).queryParam("applicationId", application).get("/api/admissions/visa-forms")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.findAll { it.status == 'issued' }.number", equalTo(List.of(third)));
    }

    @Test
    void theNextFormIsTheLowestNumberOfTheEarliestReceivedBatch() {
        String later = prefix();
        String earlier = prefix();
        record("JW202", later + "000001", later + "000003").then().statusCode(201);
        recordBody("""
                {"type": "JW202", "receivedOn": "2001-03-01", "numbers": ["%s", "%s"]}""".formatted(
                earlier + "000009", earlier + "000004")).then().statusCode(201);
        String application = admitted("university_scholarship");
        issue(officer(), application).then().statusCode(201).body("number", equalTo(earlier + "000004"));
    }

    @Test
    void batchesAreRangesOrListsOfNumbersNotInTheRegisterYet() {
        String series = prefix();
        record("JW201", series + "000010", series + "000019").then().statusCode(201).body("firstNumber",
                equalTo(series + "000010")).body("lastNumber", equalTo(series + "000019"));
        record("JW202", series + "000015", series + "000025").then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:visa-forms-recorded"));
        recordBody("""
                {"type": "JW202", "receivedOn": "%s", "numbers": ["%s", "%s"]}""".formatted(today(),
                series.toLowerCase() + "000031", series + "000040")).then().statusCode(201).body("size", equalTo(2))
                .body("firstNumber", equalTo(series + "000031"));
        recordBody("""
                {"type": "JW202", "receivedOn": "%s", "numbers": ["%s", "%s"]}""".formatted(today(),
                series + "000050", series + "000050")).then().statusCode(400)
                .body("errors[0].field", equalTo("numbers[1]")).body("errors[0].code", equalTo("duplicate"));
        record("JW201", series + "000060", series + "0059").then().statusCode(400)
                .body("errors[0].field", equalTo("last"));
        record("JW201", series + "000060", "B-12").then().statusCode(400).body("errors[0].code", equalTo("pattern"));
        recordBody("""
                {"type": "JW201", "receivedOn": "%s", "first": "%s", "last": "%s", "numbers": ["%1$s"]}""".formatted(
                today(), series + "000070", series + "000071")).then().statusCode(400);
        given().auth().oauth2(staff()).get("/api/admissions/visa-forms/batches").then().statusCode(200)
                .body("firstNumber", hasItem(series + "000010"));
    }

    @Test
    void onlyAnAdmittedApplicantGetsAForm() {
        String underReview = ApplicationFixtures.underReview(Applicant.fresh(), intake());
        issue(officer(), underReview).then().statusCode(409).body("type", equalTo("urn:meridian:problem:not-admitted"));
        issue(officer(), java.util.UUID.randomUUID().toString()).then().statusCode(404);
    }

    private static String admitted(String funding) {
        String body = ApplicationFixtures.completeBody(intake()).replace("csc_type_b", funding);
        String application = LetterFixtures.acceptedWith(Applicant.fresh(), body);
        LetterFixtures.issued(application);
        return application;
    }

    /** Three letters of its own, so that each test's numbers are a series no other test records. */
    private static String prefix() {
        StringBuilder prefix = new StringBuilder();
        for (char c : AdmissionsFixtures.unique().toCharArray()) {
            prefix.append((char) ('A' + Character.digit(c, 16)));
        }
        return prefix.substring(0, 4);
    }

    private static Response record(String type, String first, String last) {
        return recordBody("""
                {"type": "%s", "receivedOn": "%s", "first": "%s", "last": "%s"}""".formatted(type, today(), first, last));
    }

    private static Response recordBody(String body) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).body(body)
                .post("/api/admissions/visa-forms/batches");
    }

    private static Response issue(String token, String application) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"applicationId\": \"%s\"}".formatted(application)).post("/api/admissions/visa-forms/issues");
    }

    private static Response voidForm(String number, String reason) {
        return given().auth().oauth2(officer()).contentType(ContentType.JSON).header("If-Match", etag(number))
                .body("{\"reason\": \"%s\"}".formatted(reason)).post("/api/admissions/visa-forms/" + number + "/void");
    }

    private static String etag(String number) {
        return given().auth().oauth2(officer()).get("/api/admissions/visa-forms/" + number).then().statusCode(200)
                .extract().header("ETag");
    }
}
