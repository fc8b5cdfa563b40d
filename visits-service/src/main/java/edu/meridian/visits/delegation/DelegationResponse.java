package edu.meridian.visits.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.visits.deadline.Deadline;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A delegation as one reads it, with its itinerary, the guests' count and countries, and once the visit is over the
 * report's due day; guests' passports masked. What a campus system may not read ({@link DelegationViewer#FACTS}) is
 * left out for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationResponse(
        UUID id,
        Text title,
        DelegationCategory category,
        String hostUnit,
        LocalDate arrival,
        LocalDate departure,
        String timeZone,
        String purpose,
        List<GuestResponse> guests,
        int guestCount,
        List<String> guestCountries,
        List<ItineraryItemResponse> itinerary,
        Money hospitalityBudget,
        Money actualCost,
        List<Gift> gifts,
        LocalDate requestedOn,
        String noticeOverrideReason,
        String noticeOverriddenBy,
        DelegationState state,
        List<DelegationState> allowedTransitions,
        LocalDate reportDue,
        String report,
        LocalDate reportedOn,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static DelegationResponse from(Delegation delegation, List<ItineraryItem> itinerary,
            Map<UUID, GuestPassport> passports, ZoneId zone, List<DelegationState> allowedTransitions) {
        boolean over = delegation.state == DelegationState.completed || delegation.state == DelegationState.reported;
        return new DelegationResponse(delegation.id, new Text(delegation.titleZh, delegation.titleEn),
                delegation.category, delegation.hostUnit, delegation.arrivalOn, delegation.departureOn, zone.getId(),
                delegation.purpose,
                delegation.guests.stream().map(guest -> GuestResponse.from(guest, passports.get(guest.id()))).toList(),
                delegation.guests.size(),
                delegation.guests.stream().map(Guest::nationality).filter(Objects::nonNull).distinct().sorted().toList(),
                itinerary.stream().map(item -> ItineraryItemResponse.from(item, zone)).toList(),
                delegation.hospitalityBudget, delegation.actualCost, List.copyOf(delegation.gifts),
                delegation.requestedOn, delegation.noticeOverrideReason, delegation.noticeOverriddenBy,
                delegation.state, allowedTransitions,
                over ? Deadline.report(delegation.departureOn).due() : null, delegation.report, delegation.reportedOn,
                delegation.version, delegation.createdAt, delegation.createdBy, delegation.updatedAt,
                delegation.updatedBy);
    }
}
