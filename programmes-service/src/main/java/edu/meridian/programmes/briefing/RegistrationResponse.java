package edu.meridian.programmes.briefing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registration as the office or the person registered reads it. */
public record RegistrationResponse(UUID id, UUID briefingId, String person, RegistrationState state,
        boolean selfRegistered, List<RegistrationState> allowedTransitions, long version, Instant createdAt,
        Instant updatedAt, String updatedBy) {

    static RegistrationResponse from(Registration registration, List<RegistrationState> allowedTransitions) {
        return new RegistrationResponse(registration.id, registration.briefingId, registration.person,
                registration.state, registration.selfRegistered, allowedTransitions, registration.version,
                registration.createdAt, registration.updatedAt, registration.updatedBy);
    }
}
