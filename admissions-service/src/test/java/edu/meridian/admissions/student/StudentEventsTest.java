package edu.meridian.admissions.student;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What admissions-service publishes on {@code admissions.students}, read back from the real broker: a student's
 * registration and graduation, keyed by the student id, valid against their contracts, with nothing personal.
 */
@QuarkusTest
class StudentEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aStudentsRegistrationAndGraduationArriveInOrderWithoutPersonalData() {
        Applicant applicant = Applicant.fresh();
        String student = StudentFixtures.student(applicant);
        StudentFixtures.move(officer(), student, "graduated", null).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, StudentEvents.TOPIC, student, 2);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText())
                .containsExactly(StudentEvents.REGISTERED, StudentEvents.GRADUATED);
        assertThat(events.get(0).at("/data/kind").asText()).isEqualTo("degree");
        assertThat(events.get(0).at("/data/nationality").asText()).isEqualTo("PK");
        assertThat(events.get(0).at("/data/unit").asText()).isEqualTo("clinical-medicine");
        assertThat(events.get(1).at("/data/previousState").asText()).isEqualTo("enrolled");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("KHAN", "AYESHA", applicant.username(), "liu.qiang");
        }
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
