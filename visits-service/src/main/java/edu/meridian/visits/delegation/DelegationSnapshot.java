package edu.meridian.visits.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a revision of a delegation keeps: everything the office reads except audit fields, with its itinerary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationSnapshot(Text title, DelegationCategory category, String hostUnit, LocalDate arrival,
        LocalDate departure, String purpose, List<Guest> guests, List<Item> itinerary, Money hospitalityBudget,
        Money actualCost, List<Gift> gifts, String noticeOverrideReason, String noticeOverriddenBy, String report,
        LocalDate reportedOn, DelegationState state) {

    public record Item(UUID id, ItineraryKind kind, String title, Instant startsAt, Instant endsAt, String venue,
            String host, String interpreter) {
    }

    static DelegationSnapshot of(Delegation delegation, List<ItineraryItem> itinerary) {
        return new DelegationSnapshot(new Text(delegation.titleZh, delegation.titleEn), delegation.category,
                delegation.hostUnit, delegation.arrivalOn, delegation.departureOn, delegation.purpose,
                List.copyOf(delegation.guests),
                itinerary.stream().map(item -> new Item(item.id, item.kind, item.title, item.startsAt, item.endsAt,
                        item.venue, item.host, item.interpreter)).toList(),
                delegation.hospitalityBudget, delegation.actualCost, List.copyOf(delegation.gifts),
                delegation.noticeOverrideReason, delegation.noticeOverriddenBy, delegation.report,
                delegation.reportedOn, delegation.state);
    }
}
