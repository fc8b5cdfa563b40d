package edu.meridian.partners.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events of programmes' applications and visits' delegations as their producers write them, for tests. */
final class ActivityEvents {

    private ActivityEvents() {
    }

    static String application(UUID id, String state, long version, String... choices) {
        return """
                {"specversion":"1.0","id":"%s","source":"/programmes-service",
                 "type":"edu.meridian.programmes.application.%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"applicationId":"%s","callId":"%s","applicantId":"%s","state":"%s","previousState":"selected",
                         "choices":[%s],"version":%d,"addedLater":{"x":1}}}"""
                .formatted(UUID.randomUUID(), state.equals("eligible") ? "submitted" : state, id, Instant.now(), id,
                        UUID.randomUUID(), UUID.randomUUID(), state, quoted(choices), version);
    }

    static String delegation(UUID id, String state, long version, LocalDate arrival, String... partners) {
        return """
                {"specversion":"1.0","id":"%s","source":"/visits-service","type":"edu.meridian.visits.delegation.%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"delegationId":"%s","category":"partner_visit","hostUnit":"nursing","arrival":"%s",
                         "departure":"%s","state":"%s","guestCount":2,"guestCountries":["JP"],
                         "partnerInstitutionIds":[%s],"itineraryItems":1,"version":%d}}"""
                .formatted(UUID.randomUUID(), state, id, Instant.now(), id, arrival, arrival.plusDays(2), state,
                        quoted(partners), version);
    }

    private static String quoted(String... ids) {
        return String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
    }
}
