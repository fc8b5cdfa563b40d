package edu.meridian.partners;

import edu.meridian.testing.Callers;
import edu.meridian.testing.HostileValues;
import edu.meridian.testing.MalformedBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * No input, however malformed or hostile, yields a 5xx: every JSON operation of the live OpenAPI document gets broken
 * bodies as an office admin (who passes every role check) and must answer 4xx problem+json. Besides the runner's
 * bodies, these name this service's fields. Then every operation gets well-formed requests with hostile values
 * against existing records, so that the business code runs.
 */
@QuarkusTest
class MalformedInputTest {

    @TestFactory
    Stream<DynamicTest> everyJsonOperationAnswersBrokenBodiesWithAProblem() {
        return MalformedBodies.as(Callers.ZHANG_WEI)
                .also("{\"name\": 7, \"to\": [], \"kind\": {}, \"country\": false, \"partnerIds\": \"x\"}",
                        "{\"name\": {\"zh\": \"" + "长".repeat(100_000) + "\", \"en\": \"x\"}}",
                        "{\"effectiveDate\": \"2026-02-30\", \"expiryDate\": \"yesterday\", \"placesPerYear\": 1e309}",
                        "{\"to\": \"" + "\\u0000".repeat(10) + "\"}")
                .requests(PartnersFixtures.requests())
                .tests();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileValuesForExistingRecordsWithoutA5xx() {
        String tag = PartnersFixtures.unique();
        String institutionBody = PartnersFixtures.institution("Hostile Values Polytechnic " + tag);
        String institution = created("/api/partners/institutions", institutionBody);
        String agreementBody = agreement(tag, institution);
        String agreement = created("/api/partners/agreements", agreementBody);
        String allianceBody = """
                {"name": {"zh": "敌意值联盟 %1$s", "en": "Hostile Values Alliance %1$s"}, "abbreviation": "HVA",
                 "description": "A network", "website": "https://hva.example.org", "memberSince": "2019-11-08",
                 "ourRole": "member", "members": [{"institutionId": "%2$s", "joinedOn": "2019-11-08"}]}"""
                .formatted(tag, institution);
        String alliance = created("/api/partners/alliances", allianceBody);
        String programmeBody = """
                {"name": {"zh": "护理学专业本科教育项目%1$s", "en": "Nursing BSc programme %1$s"},
                 "chinesePartner": {"name": {"zh": "护理学院", "en": "School of Nursing"}, "unit": "nursing"},
                 "foreignPartnerId": "%2$s", "majors": [{"code": "101101K", "name": {"zh": "护理学", "en": "Nursing"}}],
                 "level": "bachelor", "durationYears": 4, "mode": "3+1", "annualIntake": 60,
                 "credentialsAwarded": "both", "importedCoreCourseShare": 35.5,
                 "creditRecognition": [{"ourCourse": {"code": "NUR201", "name": {"zh": "成人护理学", "en": "Adult Nursing"},
                   "credits": 4}, "partnerCourse": {"code": "NU2101", "name": "Adult Health Nursing", "credits": 6}}]}"""
                .formatted(tag, institution);
        String programme = created("/api/partners/joint-programmes", programmeBody);

        return HostileValues.as(Callers.ZHANG_WEI)
                .record("/api/partners/institutions/{id}", institution)
                .record("/api/partners/agreements/{id}", agreement)
                .record("/api/partners/alliances/{id}", alliance)
                .record("/api/partners/joint-programmes/{id}", programme)
                .body("POST /api/partners/institutions", PartnersFixtures.institution("Hostile Values Institute " + tag))
                .body("PUT /api/partners/institutions/{id}", institutionBody)
                .body("POST /api/partners/institutions/{id}/transitions", "{\"to\": \"active\", \"reason\": \"Signed an MoU\"}")
                .body("POST /api/partners/agreements", agreement(tag + " new", institution))
                .body("PUT /api/partners/agreements/{id}", agreementBody)
                .body("POST /api/partners/agreements/{id}/transitions", "{\"to\": \"under_review\", \"reason\": \"Ready\"}")
                .body("POST /api/partners/alliances", allianceBody.replace("Alliance " + tag, "Alliance " + tag + " new"))
                .body("PUT /api/partners/alliances/{id}", allianceBody)
                .body("POST /api/partners/joint-programmes", programmeBody.replace("programme " + tag, "programme " + tag + " new"))
                .body("PUT /api/partners/joint-programmes/{id}", programmeBody)
                .tests();
    }

    private static String agreement(String tag, String partnerId) {
        return """
                {"kind": "student_exchange", "title": {"zh": "敌意值协议 %1$s", "en": "Hostile values agreement %1$s"},
                 "signingUnit": "nursing", "partnerIds": ["%2$s"], "effectiveDate": "2025-09-01", "expiryDate": "2030-08-31",
                 "autoRenewal": true, "renewalPeriodMonths": 12, "noticePeriodDays": 180, "owner": "wang.fang",
                 "signatories": [{"side": "ours", "name": "Zhang Wei", "title": "Vice-President", "signedOn": "2025-06-10"},
                   {"side": "partner", "institutionId": "%2$s", "name": "Tan Mei Ling", "signedOn": "2025-06-12"}],
                 "obligations": [{"kind": "tuition_waiver", "party": "partner", "description": "Tuition waived"}],
                 "conditions": [{"direction": "outbound", "mobilityType": "student_study", "placesPerYear": 20,
                   "monthsPerPerson": 30, "subjectAreas": ["0913"], "levels": ["bachelor"], "language": "en",
                   "cefrLevel": "B2", "fromYear": "2025/26", "toYear": "2029/30"}],
                 "notes": "Hostile values"}""".formatted(tag, partnerId);
    }

    private static String created(String path, String body) {
        return given().auth().oauth2(Callers.WANG_FANG.token()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
