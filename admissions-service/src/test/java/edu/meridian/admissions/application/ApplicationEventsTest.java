package edu.meridian.admissions.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import edu.meridian.testing.Contracts;
import edu.meridian.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static edu.meridian.admissions.application.ApplicationFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What admissions-service publishes on {@code admissions.applications}, read back from the real broker: an
 * application's events in order, keyed by its id, valid against their contracts and documented there, with nothing
 * personal — no name, date of birth, school, test result, document or reason.
 */
@QuarkusTest
class ApplicationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void anApplicationsEventsArriveInOrderKeyedByItsIdWithoutPersonalData() {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        Applicant applicant = Applicant.fresh();
        String id = underReview(applicant, intake);
        String offer = offer(officer(), id, 1, "conditional", "\"Final HSSC certificate\"", today().plusDays(10))
                .then().statusCode(200).extract().path("offers[0].id");
        answer(applicant, id, offer, "accept").then().statusCode(200);
        Applicant other = Applicant.fresh();
        String rejected = underReview(other, intake);
        move(officer(), rejected, "rejected", "Secret reason of the office").then().statusCode(200);
        Applicant declining = Applicant.fresh();
        String declined = underReview(declining, intake);
        String declinedOffer = offer(officer(), declined, 1, "unconditional", "", today().plusDays(10)).then()
                .statusCode(200).extract().path("offers[0].id");
        answer(declining, declined, declinedOffer, "decline").then().statusCode(200);
        Applicant leaving = Applicant.fresh();
        String withdrawn = draft(leaving, completeBody(intake));
        move(leaving.token(), withdrawn, "withdrawn", null).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = Topics.awaitKey(kafka, ApplicationEvents.TOPIC, id, 3);
        List<JsonNode> events = records.stream().map(record -> parse(record.value())).toList();
        assertThat(events).extracting(event -> event.path("type").asText()).containsExactly(ApplicationEvents.SUBMITTED,
                ApplicationEvents.OFFER_ISSUED, ApplicationEvents.OFFER_ACCEPTED);
        assertThat(events.get(0).path("subject").asText()).isEqualTo(id);
        assertThat(events.get(0).path("source").asText()).isEqualTo("/admissions-service");
        assertThat(events.get(0).at("/data/nationality").asText()).isEqualTo("PK");
        assertThat(events.get(0).at("/data/fundingType").asText()).isEqualTo("csc_type_b");
        assertThat(events.get(0).at("/data/choices/0/intakeId").asText()).isEqualTo(intake);
        assertThat(events.get(1).at("/data/offer/kind").asText()).isEqualTo("conditional");
        assertThat(events.get(2).at("/data/state").asText()).isEqualTo("offer_accepted");
        assertThat(events).extracting(event -> event.at("/data/version").asLong()).isSorted();

        List<ConsumerRecord<String, String>> all = new java.util.ArrayList<>(records);
        all.add(Topics.awaitKey(kafka, ApplicationEvents.TOPIC, rejected, 2).get(1));
        all.add(Topics.awaitKey(kafka, ApplicationEvents.TOPIC, declined, 3).get(2));
        all.add(Topics.awaitKey(kafka, ApplicationEvents.TOPIC, withdrawn, 1).get(0));
        assertThat(all).extracting(record -> parse(record.value()).path("type").asText()).contains(
                ApplicationEvents.REJECTED, ApplicationEvents.DECLINED, ApplicationEvents.WITHDRAWN);
        for (ConsumerRecord<String, String> record : all) {
            assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
            assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
            assertThat(record.value()).doesNotContain("KHAN", "AYESHA", "2005-05-17", "Lahore", "IELTS",
                    "Final HSSC", "Secret reason", applicant.username());
        }
    }

    @Test
    void theAdmissionLetterEventCarriesTheAcceptedOfferButNeitherTheLettersCodeNorTheNames() {
        Applicant applicant = Applicant.fresh();
        String id = edu.meridian.admissions.letter.LetterFixtures.accepted(applicant,
                ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 5));
        String code = edu.meridian.admissions.letter.LetterFixtures.issued(id);

        ConsumerRecord<String, String> record = Topics.awaitKey(kafka, ApplicationEvents.TOPIC, id, 4).get(3);
        JsonNode event = parse(record.value());
        assertThat(event.path("type").asText()).isEqualTo(ApplicationEvents.ADMISSION_LETTER_ISSUED);
        assertThat(event.at("/data/state").asText()).isEqualTo("admission_letter_issued");
        assertThat(event.at("/data/previousState").asText()).isEqualTo("offer_accepted");
        assertThat(event.at("/data/offer/state").asText()).isEqualTo("accepted");
        assertThat(Contracts.violations(record.value())).as(record.value()).isEmpty();
        assertThat(Contracts.undeclared(record.value())).as(record.value()).isEmpty();
        assertThat(record.value()).doesNotContain(code, code.replace("-", ""), "KHAN", "AYESHA",
                edu.meridian.admissions.letter.LetterFixtures.CHINESE_NAME, applicant.username());
    }

    @Test
    void everyApplicationEventTypeIsDocumented() {
        assertThat(Contracts.undocumented(ApplicationEvents.TOPIC, ApplicationEvents.TYPES)).isEmpty();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
