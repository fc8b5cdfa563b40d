package edu.meridian.partners.institution;

import edu.meridian.partners.PartnersFixtures;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static edu.meridian.partners.PartnersFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InstitutionEventsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void everyChangeIsPublishedInOrderAsAValidCloudEventWithoutContacts() {
        String name = PartnersFixtures.unique("Ngee Ann Polytechnic");
        var created = PartnersFixtures.register(name);
        String id = created.path("id");
        String etag = given().auth().oauth2(staff()).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(PartnersFixtures.institution(name).replace("\"nursing\"", "\"nursing\", \"scholarship-scheme\""))
                .put("/api/partners/institutions/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(staff()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"to\": \"active\"}")
                .post("/api/partners/institutions/" + id + "/transitions")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, InstitutionEvents.TOPIC, id, 3);

        assertThat(records).extracting(record -> typeOf(record.value())).containsExactly(
                InstitutionEvents.REGISTERED, InstitutionEvents.UPDATED, InstitutionEvents.STATUS_CHANGED);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("Tan Mei Ling", "tan.meiling", "6451", "wang.fang");
        }
        assertThat(records.get(1).value()).contains("\"changedFields\":[\"tags\"]");
        assertThat(records.get(2).value()).contains("\"previousStatus\":\"prospective\"", "\"status\":\"active\"");
    }

    private static String typeOf(String event) {
        return event.replaceAll(".*\"type\":\"([^\"]+)\".*", "$1");
    }
}
