package edu.meridian.visits.expert;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How urgently a work or residence permit needs renewing. Renewal is applied for at least
 * {@value #URGENT_DAYS} days before expiry, so the office is told {@value #SOON_DAYS} days ahead to prepare and
 * again at {@value #URGENT_DAYS} days to act.
 */
public enum PermitAlert {
    /** Expires within {@value #SOON_DAYS} days: prepare the renewal. */
    soon,
    /** Expires within {@value #URGENT_DAYS} days: apply now. */
    urgent,
    /** Expired: the expert may not work until it is renewed. */
    expired;

    public static final int SOON_DAYS = 60;
    public static final int URGENT_DAYS = 30;

    /** Empty while the permit is good for more than {@value #SOON_DAYS} days; it is valid through its expiry day. */
    public static Optional<PermitAlert> of(LocalDate expiry, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiry);
        if (daysLeft < 0) {
            return Optional.of(expired);
        }
        if (daysLeft <= URGENT_DAYS) {
            return Optional.of(urgent);
        }
        return daysLeft <= SOON_DAYS ? Optional.of(soon) : Optional.empty();
    }
}
