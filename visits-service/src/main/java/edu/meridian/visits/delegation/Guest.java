package edu.meridian.visits.delegation;

import java.util.UUID;

/**
 * A member of a visiting delegation: name and title as they give them, their institution by name and, when it is a
 * partner of partners-service, its id; nationality as an ISO 3166-1 alpha-2 code. Passport data is not kept here.
 */
public record Guest(String name, String title, String institutionName, UUID partnerInstitutionId, String nationality) {
}
