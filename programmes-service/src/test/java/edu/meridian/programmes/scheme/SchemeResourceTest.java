package edu.meridian.programmes.scheme;

import edu.meridian.programmes.partner.Partners;
import edu.meridian.programmes.partner.Partners.Partner;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static edu.meridian.programmes.ProgrammesFixtures.staff;
import static edu.meridian.programmes.ProgrammesFixtures.student;
import static edu.meridian.programmes.ProgrammesFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SchemeResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aSchemesDestinationsArePartnersWithTheAgreementThatCoversThem() {
        Partner nyp = Partners.publish(kafka, "Nanyang Polytechnic " + unique(), "active", 30);
        String title = "Singapore nursing scholarship " + unique();
        String body = """
                {"kind": "scholarship_scheme", "title": {"zh": "新加坡护理奖学金 %s", "en": "%s"},
                 "destinations": [{"institutionId": "%s", "agreementId": "%s"}]}"""
                .formatted(title, title, nyp.institutionId(), nyp.agreementId());
        var created = given().auth().oauth2(staff()).contentType(ContentType.JSON).body(body)
                .post("/api/programmes/schemes").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("destinations[0].name.en", equalTo(nyp.nameEn()))
                .body("destinations[0].agreementInForce", equalTo(true))
                .extract();
        String id = created.path("id");

        given().auth().oauth2(student()).queryParam("q", title).get("/api/programmes/schemes").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("scholarship_scheme"));
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.replace("\"kind\": \"scholarship_scheme\"", "\"kind\": \"outbound_exchange\""))
                .put("/api/programmes/schemes/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(staff()).get("/api/programmes/schemes/" + id + "/versions").then()
                .body("action", contains("created", "updated"));
    }

    @Test
    void aDestinationUnknownToTheProjectionIsRefused() {
        given().auth().oauth2(staff()).contentType(ContentType.JSON).body("""
                        {"kind": "summer_school_outbound", "title": {"zh": "暑期学校", "en": "Summer school"},
                         "destinations": [{"institutionId": "%s", "agreementId": "%s"}]}"""
                        .formatted(UUID.randomUUID(), UUID.randomUUID()))
                .post("/api/programmes/schemes").then().statusCode(400)
                .body("errors.field", contains("destinations[0].institutionId", "destinations[0].agreementId"));
    }
}
