package edu.meridian.visits.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the office or a college liaison writes into a delegation; blank texts are already null. {@code hostUnit} is
 * null when the caller leaves it to their token (a college liaison). Dates are the university's local dates. A guest
 * without an id is new; {@code passports} are the passports given, by the guest's place in {@code guests}.
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
        String noticeOverrideReason,
        Map<Integer, Passport> passports) {

    public DelegationContent {
        guests = guests == null ? List.of() : List.copyOf(guests);
        passports = passports == null ? Map.of() : Map.copyOf(passports);
        gifts = gifts == null ? List.of() : List.copyOf(gifts);
    }

    DelegationContent hostedBy(String unit) {
        return new DelegationContent(titleZh, titleEn, category, unit, arrival, departure, purpose, guests,
                hospitalityBudget, actualCost, gifts, noticeOverrideReason, passports);
    }

    DelegationContent withGuests(List<Guest> identified) {
        return new DelegationContent(titleZh, titleEn, category, hostUnit, arrival, departure, purpose, identified,
                hospitalityBudget, actualCost, gifts, noticeOverrideReason, passports);
    }
}
