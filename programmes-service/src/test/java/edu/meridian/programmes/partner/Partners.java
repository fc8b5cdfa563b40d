package edu.meridian.programmes.partner;

import edu.meridian.programmes.ProgrammesFixtures;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Partners as partners-service announces them: an institution and an agreement naming it, published on partners'
 * topics and awaited in the projection, so that tests of schemes and calls start from what the consumer built.
 */
public final class Partners {

    /** A partner and the agreement that covers it, as the projection holds them. */
    public record Partner(UUID institutionId, UUID agreementId, String nameEn) {
    }

    private Partners() {
    }

    /** A partner with an agreement in this state, offering {@code places} outbound study places from 2026/27 to 2027/28. */
    public static Partner publish(KafkaCompanion kafka, String nameEn, String agreementState, int places) {
        UUID institution = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        kafka.produceStrings().fromRecords(
                PartnerEvents.record(PartnerEvents.INSTITUTIONS, institution.toString(),
                        PartnerEvents.institution("registered", institution, nameEn, "SG", "active", 1)),
                PartnerEvents.record(PartnerEvents.AGREEMENTS, agreement.toString(),
                        PartnerEvents.agreement("activated", agreement, institution, agreementState, places, 4)))
                .awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var read = given().auth().oauth2(ProgrammesFixtures.staff()).get("/api/programmes/partners/" + institution);
            return read.statusCode() == 200 && read.jsonPath().getList("agreements").size() == 1;
        });
        return new Partner(institution, agreement, nameEn);
    }

    /** partners-service says the partner's agreement is now in this state (a later version). */
    public static void agreementBecomes(KafkaCompanion kafka, Partner partner, String state, long version) {
        kafka.produceStrings().fromRecords(PartnerEvents.record(PartnerEvents.AGREEMENTS, partner.agreementId().toString(),
                        PartnerEvents.agreement(state, partner.agreementId(), partner.institutionId(), state, 4, version)))
                .awaitCompletion();
    }
}
