package edu.meridian.visits.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code data} of delegation events: what partners' activity figures and the campus calendar need without
 * calling back — category, host unit, days, how many guests from which countries and partner institutions. Never a
 * guest's name or title, the purpose, the money, the gifts or the report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationEventData(
        UUID delegationId,
        DelegationCategory category,
        String hostUnit,
        LocalDate arrival,
        LocalDate departure,
        DelegationState state,
        DelegationState previousState,
        int guestCount,
        List<String> guestCountries,
        List<UUID> partnerInstitutionIds,
        int itineraryItems,
        long version) {

    static DelegationEventData of(Delegation delegation, DelegationState previousState, int itineraryItems) {
        return new DelegationEventData(delegation.id, delegation.category, delegation.hostUnit, delegation.arrivalOn,
                delegation.departureOn, delegation.state, previousState, delegation.guests.size(),
                delegation.guests.stream().map(Guest::nationality).filter(Objects::nonNull).distinct().sorted().toList(),
                delegation.guests.stream().map(Guest::partnerInstitutionId).filter(Objects::nonNull).distinct().sorted()
                        .toList(),
                itineraryItems, delegation.version);
    }
}
