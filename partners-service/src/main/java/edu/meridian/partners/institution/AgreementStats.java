package edu.meridian.partners.institution;

import java.time.LocalDate;

/** How many active (or expiring) agreements an institution has, and the nearest expiry among them. */
public record AgreementStats(long activeAgreements, LocalDate nearestExpiry) {

    public static final AgreementStats NONE = new AgreementStats(0, null);
}
