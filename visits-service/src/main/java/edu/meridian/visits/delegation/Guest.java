package edu.meridian.visits.delegation;

import java.util.UUID;

/**
 * A member of a visiting delegation: name and title as they give them, their institution by name and, when it is a
 * partner of partners-service, its id; nationality as an ISO 3166-1 alpha-2 code. The id keeps the guest (and their
 * passport) across updates; the passport itself is kept sealed apart ({@link GuestPassport}), never here.
 */
public record Guest(UUID id, String name, String title, String institutionName, UUID partnerInstitutionId,
        String nationality) {

    Guest identified(UUID guestId) {
        return new Guest(guestId, name, title, institutionName, partnerInstitutionId, nationality);
    }
}
