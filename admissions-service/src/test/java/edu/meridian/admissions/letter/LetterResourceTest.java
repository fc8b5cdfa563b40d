package edu.meridian.admissions.letter;

import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.staff;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static edu.meridian.admissions.letter.LetterFixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Admission letters through the API: issued by an officer once the offer is accepted, printed from the application
 * in Chinese and English, downloaded by the applicant and the office, confirmed publicly by their code and by nothing
 * else.
 */
@QuarkusTest
class LetterResourceTest {

    @Test
    void anOfficerIssuesTheLetterOfAnAcceptedOfferAndItsPdfNamesTheApplicantAndProgrammeInBothLanguages()
            throws IOException {
        String code = "MBBS-L" + edu.meridian.admissions.AdmissionsFixtures.unique().toUpperCase();
        String programme = ProgrammeFixtures.programme(ProgrammeFixtures.mbbsBody(code, "\"passport\", \"transcript\""));
        Applicant applicant = Applicant.fresh();
        String application = accepted(applicant, ProgrammeFixtures.openIntake(programme, 5));

        String verification = issue(officer(), application, body(CHINESE_NAME)).then().statusCode(201)
                .header("Location", endsWith("/api/admissions/applications/" + application + "/letter"))
                .body("passportName", equalTo("KHAN AYESHA")).body("chineseName", equalTo(CHINESE_NAME))
                .body("programmeNameEn", equalTo("MBBS taught in English " + code))
                .body("issuedOn", equalTo(today().toString())).body("issuedBy", equalTo("sun.li"))
                .extract().path("verificationCode");
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + application).then()
                .statusCode(200).body("state", equalTo("admission_letter_issued"));

        byte[] pdf = given().auth().oauth2(applicant.token())
                .get("/api/admissions/applications/" + application + "/letter/content").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        // Lines break where the page ends them: English read with one space for any break, Chinese without breaks.
        String english = text(pdf).replaceAll("\\s+", " ");
        String chinese = text(pdf).replaceAll("\\s+", "");
        assertThat(english).contains("KHAN AYESHA", "MBBS taught in English " + code, verification, "Admission Letter");
        assertThat(chinese).contains(CHINESE_NAME, "临床医学（英文授课）" + code, "录取通知书", "尊敬的" + CHINESE_NAME);
        given().auth().oauth2(staff()).get("/api/admissions/applications/" + application + "/letter").then()
                .statusCode(200).body("verificationCode", equalTo(verification));
    }

    @Test
    void theVerificationAnswersNameProgrammeAndDateForARealCodeAndTheSame404ForAnyOther() {
        String programme = ProgrammeFixtures.mbbs();
        String application = accepted(Applicant.fresh(), ProgrammeFixtures.openIntake(programme, 5));
        String code = issued(application);

        Map<String, Object> answer = given().get("/api/admissions/verify/" + code).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(answer).containsOnlyKeys("name", "chineseName", "programmeEn", "programmeZh", "issuedOn")
                .containsEntry("name", "KHAN AYESHA").containsEntry("chineseName", CHINESE_NAME)
                .containsEntry("issuedOn", today().toString());
        // typed as the letter prints it, without hyphens, or in lower case: the same letter
        given().get("/api/admissions/verify/" + code.replace("-", "").toLowerCase()).then().statusCode(200)
                .body("name", equalTo("KHAN AYESHA"));

        String wellFormedButNotIssued = VerificationCode.generate().value();
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        for (String wrong : new String[] {wellFormedButNotIssued, mistyped, "not-a-code", application}) {
            String body = given().get("/api/admissions/verify/" + wrong).then().statusCode(404).extract().asString();
            assertThat(body).doesNotContain("KHAN", "AYESHA", "MBBS", application);
        }
    }

    @Test
    void aLetterIsIssuedOnceForAnAcceptedOfferByAnOfficerAndReadOnlyByWhoSeesTheApplication() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 5);
        Applicant applicant = Applicant.fresh();
        String underReview = edu.meridian.admissions.application.ApplicationFixtures.underReview(applicant, intake);
        issue(officer(), underReview, body(null)).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:letter-not-issuable"));
        given().auth().oauth2(officer()).get("/api/admissions/applications/" + underReview + "/letter").then()
                .statusCode(404);

        Applicant other = Applicant.fresh();
        String application = accepted(other, intake);
        issue(officer(), application, """
                {"registrationFrom": "%s", "registrationUntil": "%s"}""".formatted(today().plusDays(10),
                today().plusDays(9))).then().statusCode(400).body("errors[0].field", equalTo("registrationUntil"));
        issue(officer(), application, body("Ayesha")).then().statusCode(400)
                .body("errors[0].field", equalTo("chineseName"));
        given().auth().oauth2(officer()).contentType("application/json").body(body(null))
                .post("/api/admissions/applications/" + application + "/letter").then().statusCode(428);
        issue(other.token(), application, body(null)).then().statusCode(403);

        issue(officer(), application, body(null)).then().statusCode(201).body("chineseName", equalTo(null));
        issue(officer(), application, body(null)).then().statusCode(409)
                .body("type", equalTo("urn:meridian:problem:letter-not-issuable"));
        given().auth().oauth2(applicant.token()).get("/api/admissions/applications/" + application + "/letter")
                .then().statusCode(404);
        given().auth().oauth2(applicant.token())
                .get("/api/admissions/applications/" + application + "/letter/content").then().statusCode(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
