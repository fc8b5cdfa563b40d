package edu.meridian.programmes.partner;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** CloudEvents as partners-service publishes them (the envelope and data of contracts/events), for feeding the projection. */
public final class PartnerEvents {

    public static final String INSTITUTIONS = "partners.institutions";
    public static final String AGREEMENTS = "partners.agreements";

    private PartnerEvents() {
    }

    /** A record as partners' outbox relay writes it: keyed by the aggregate id, with the CloudEvents content type. */
    public static ProducerRecord<String, String> record(String topic, String key, String event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    public static String institution(String type, UUID id, String nameEn, String country, String status, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/partners-service","type":"edu.meridian.partners.institution.%s",
                 "subject":"%s","time":"2026-03-02T08:15:00Z","datacontenttype":"application/json",
                 "data":{"institutionId":"%s","name":{"zh":"%s 中文","en":"%s"},"country":"%s",
                         "countryName":{"zh":"国家","en":"Country"},"city":"Somewhere","kind":"university",
                         "status":"%s","tags":[],"addedLater":{"x":1},"version":%d}}"""
                .formatted(UUID.randomUUID(), type, id, id, nameEn, nameEn, country, status, version);
    }

    /** An agreement event naming one partner, offering {@code places} outbound study places in 2026/27 to 2027/28. */
    public static String agreement(String type, UUID id, UUID partner, String state, int places, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/partners-service","type":"edu.meridian.partners.agreement.%s",
                 "subject":"%s","time":"2026-03-02T08:15:00Z","datacontenttype":"application/json",
                 "data":{"agreementId":"%s","referenceCode":"AGR-%s","kind":"student_exchange",
                         "title":{"zh":"交换协议","en":"Exchange agreement"},"state":"%s","partnerIds":["%s"],
                         "signingUnit":"nursing","effectiveDate":"2026-01-01","expiryDate":"2029-12-31",
                         "autoRenewal":false,"conditions":[{"direction":"outbound","mobilityType":"student_study",
                         "placesPerYear":%d,"monthsPerPerson":5.0,"subjectAreas":["0913"],"levels":["bachelor"],
                         "language":"en","cefrLevel":"B2","fromYear":"2026/27","toYear":"2027/28","newField":true}],
                         "version":%d}}"""
                .formatted(UUID.randomUUID(), type, id, id, id.toString().substring(0, 8), state, partner, places,
                        version);
    }
}
