package edu.meridian.visits.delegation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Official delegations are requested at least {@value #OFFICIAL_DAYS} days before they arrive, so that the
 * university's approval and the invitation letters for visas can follow. Other visits have no such rule. An
 * office-admin may accept a later request with a reason (the service checks who and records why).
 */
public final class AdvanceNotice {

    public static final int OFFICIAL_DAYS = 90;

    private AdvanceNotice() {
    }

    /** A request made too late: how many days ahead it came, how many are required, the earliest arrival allowed. */
    public record ShortNotice(long daysAhead, int requiredDays, LocalDate earliestArrival) {
    }

    /** Empty when the request is in time (or needs no notice); both dates are local dates of the office. */
    public static Optional<ShortNotice> check(DelegationCategory category, LocalDate requestedOn, LocalDate arrival) {
        if (!category.needsAdvanceNotice()) {
            return Optional.empty();
        }
        long daysAhead = ChronoUnit.DAYS.between(requestedOn, arrival);
        if (daysAhead >= OFFICIAL_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new ShortNotice(daysAhead, OFFICIAL_DAYS, requestedOn.plusDays(OFFICIAL_DAYS)));
    }

    /** Whether the request may go on: in time, or late with an override reason that says something. */
    public static boolean accepted(Optional<ShortNotice> shortNotice, String overrideReason) {
        return shortNotice.isEmpty() || (overrideReason != null && !overrideReason.isBlank());
    }
}
