package edu.meridian.partners.activity;

import edu.meridian.persistence.AcademicYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events of programmes' mobilities and applications and visits' delegations as their producers write them. */
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

    static String mobility(UUID id, String institution, String direction, AcademicYear year, String state,
            LocalDate actualStart, long version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/programmes-service","type":"edu.meridian.programmes.mobility.%s",
                 "subject":"%s","time":"2026-08-11T01:30:00Z","datacontenttype":"application/json",
                 "data":{"mobilityId":"%s","applicationId":"%s","callId":"%s","participantId":"%s",
                         "direction":"%s","mobilityType":"student_study","academicYear":"%s","institutionId":"%s",
                         "plannedStart":"%s","plannedEnd":"%s","actualStart":%s,"state":"%s","version":%d,
                         "addedLater":{"x":1}}}"""
                .formatted(UUID.randomUUID(), state.equals("cancelled") ? "cancelled" : "started", id, id,
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), direction, year, institution,
                        year.start(), year.end(), actualStart == null ? "null" : "\"" + actualStart + "\"", state,
                        version);
    }

    private static String quoted(String... ids) {
        return String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
    }
}
