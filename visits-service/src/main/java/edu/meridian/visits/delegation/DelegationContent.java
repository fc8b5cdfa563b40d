package edu.meridian.visits.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office or a college liaison writes into a delegation; blank texts are already null. {@code hostUnit} is
 * null when the caller leaves it to their token (a college liaison). Dates are the university's local dates.
 */
public record DelegationContent(
        String titleZh,
        String titleEn,
        DelegationCategory category,
        String hostUnit,
        LocalDate arrival,
        LocalDate departure,
        String purpose,
        List<Guest> guests,
        Money hospitalityBudget,
        Money actualCost,
        List<Gift> gifts,
        String noticeOverrideReason) {

    public DelegationContent {
        guests = guests == null ? List.of() : List.copyOf(guests);
        gifts = gifts == null ? List.of() : List.copyOf(gifts);
    }

    DelegationContent hostedBy(String unit) {
        return new DelegationContent(titleZh, titleEn, category, unit, arrival, departure, purpose, guests,
                hospitalityBudget, actualCost, gifts, noticeOverrideReason);
    }
}
