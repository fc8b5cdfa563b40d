package edu.meridian.visits.delegation;

import edu.meridian.persistence.Today;
import edu.meridian.visits.booking.Booking;
import edu.meridian.visits.booking.BookingConflicts;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A delegation's itinerary. A host, interpreter or venue booked at an overlapping time anywhere (any delegation still
 * on) is a double booking ({@link BookingConflicts}): without the caller's confirmation the item is refused with the
 * conflicts listed; confirmed, it is saved with them and who confirmed.
 */
@ApplicationScoped
public class ItineraryService {

    private final DelegationService delegations;
    private final ItineraryRepository items;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    ItineraryService(DelegationService delegations, ItineraryRepository items, Caller caller, Today today, Clock clock) {
        this.delegations = delegations;
        this.items = items;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    public ZoneId zone() {
        return today.zone();
    }

    public List<ItineraryItem> list(UUID delegationId, String q) {
        delegations.get(delegationId);
        return items.of(delegationId, q);
    }

    public ItineraryItem get(UUID delegationId, UUID itemId) {
        delegations.get(delegationId);
        return find(delegationId, itemId);
    }

    @Transactional
    public ItineraryItem add(UUID delegationId, ItineraryContent content, boolean confirm) {
        Delegation delegation = open(delegationId);
        ItineraryContent local = content.in(today.zone());
        check(local, delegation);
        ItineraryItem item = new ItineraryItem();
        item.id = UUID.randomUUID();
        List<AcknowledgedConflict> conflicts = conflicts(item.id, local, confirm);
        item.delegationId = delegationId;
        item.created(caller.username(), clock.instant());
        item.apply(local);
        acknowledge(item, conflicts);
        items.persist(item);
        items.flush();
        delegations.recordItineraryChange(delegation, "itinerary item added");
        return item;
    }

    @Transactional
    public ItineraryItem update(UUID delegationId, UUID itemId, String ifMatch, ItineraryContent content,
            boolean confirm) {
        Delegation delegation = open(delegationId);
        ItineraryItem item = find(delegationId, itemId);
        ETags.require(ifMatch, item.version);
        ItineraryContent local = content.in(today.zone());
        check(local, delegation);
        // Looked for before the item changes: the query would flush a changed item, a second version in one update.
        List<AcknowledgedConflict> conflicts = conflicts(item.id, local, confirm);
        item.apply(local);
        acknowledge(item, conflicts);
        item.changed(caller.username(), clock.instant());
        items.flush();
        delegations.recordItineraryChange(delegation, "itinerary item changed");
        return item;
    }

    @Transactional
    public void remove(UUID delegationId, UUID itemId, String ifMatch) {
        Delegation delegation = open(delegationId);
        ItineraryItem item = find(delegationId, itemId);
        ETags.require(ifMatch, item.version);
        items.delete(item);
        items.flush();
        delegations.recordItineraryChange(delegation, "itinerary item removed");
    }

    private Delegation open(UUID delegationId) {
        Delegation delegation = delegations.runnable(delegationId);
        if (!DelegationService.itineraryOpen(delegation.state)) {
            throw ProblemException.conflict("itinerary-closed", "Itinerary closed",
                    "The itinerary of a delegation that is " + delegation.state + " cannot change", Map.of());
        }
        return delegation;
    }

    private ItineraryItem find(UUID delegationId, UUID itemId) {
        return items.findByIdOptional(itemId).filter(item -> item.delegationId.equals(delegationId))
                .orElseThrow(() -> ProblemException.notFound("Itinerary item", itemId));
    }

    private static void check(ItineraryContent content, Delegation delegation) {
        List<Problem.FieldError> problems = DelegationRules.itineraryProblems(content, delegation.arrivalOn,
                delegation.departureOn);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /**
     * The double bookings of the item's new content: refused unless confirmed. Its names stay locked until the item
     * is saved, so a parallel booking of the same names sees it.
     */
    private List<AcknowledgedConflict> conflicts(UUID itemId, ItineraryContent content, boolean confirm) {
        Booking candidate = new Booking(itemId, content.startsAt(), content.endsAt(), content.host(),
                content.interpreter(), content.venue());
        items.lock(candidate.lockNames());
        List<ItineraryItem> overlapping = items.overlapping(candidate.start(), candidate.end());
        Map<UUID, UUID> delegationOf = overlapping.stream()
                .collect(Collectors.toMap(other -> other.id, other -> other.delegationId, (a, b) -> a));
        List<AcknowledgedConflict> conflicts = BookingConflicts.of(candidate,
                        overlapping.stream().map(ItineraryItem::booking).toList()).stream()
                .map(conflict -> AcknowledgedConflict.of(conflict, delegationOf.get(conflict.otherBooking()))).toList();
        if (!conflicts.isEmpty() && !confirm) {
            throw ProblemException.conflict("double-booking", "Double booking",
                    "The host, interpreter or venue is booked elsewhere at an overlapping time; send the item again with"
                            + " confirm=true to keep it anyway",
                    Map.of("conflicts", conflicts));
        }
        return conflicts;
    }

    /** Keeps the confirmed double bookings with the item, and who confirmed them. */
    private void acknowledge(ItineraryItem item, List<AcknowledgedConflict> conflicts) {
        item.acknowledgedConflicts = new ArrayList<>(conflicts);
        item.acknowledgedBy = conflicts.isEmpty() ? null : caller.username();
    }
}
