package edu.meridian.visits.delegation;

import edu.meridian.web.Countries;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of a delegation's content and lifecycle that need no database: dates in order, known nationalities,
 * itinerary items within the visit, and who may move a delegation where, when.
 */
public final class DelegationRules {

    private DelegationRules() {
    }

    /** Who moves a delegation: the office (approves or rejects too), or the liaison of its host unit (runs it). */
    public enum Actor {
        OFFICE, LIAISON
    }

    /**
     * What is wrong with a delegation's content; {@code guestIds} are the ids of the guests it has already (none for a
     * new one): a guest sent with an id must be one of them, and named once.
     */
    public static List<FieldError> contentProblems(DelegationContent content, Set<UUID> guestIds) {
        List<FieldError> problems = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < content.guests().size(); i++) {
            UUID id = content.guests().get(i).id();
            if (id != null && !guestIds.contains(id)) {
                problems.add(new FieldError("guests[" + i + "].id", FieldErrorCode.UNKNOWN_REFERENCE,
                        "must be the id of a guest of this delegation, or left out for a new guest"));
            } else if (id != null && !named.add(id)) {
                problems.add(new FieldError("guests[" + i + "].id", FieldErrorCode.DUPLICATE,
                        "names a guest already listed"));
            }
        }
        if (content.departure().isBefore(content.arrival())) {
            problems.add(new FieldError("departure", FieldErrorCode.NOT_BEFORE, "must not be before arrival",
                    Map.of("other", "arrival")));
        }
        for (int i = 0; i < content.guests().size(); i++) {
            String nationality = content.guests().get(i).nationality();
            if (nationality != null && !Countries.exists(nationality)) {
                problems.add(new FieldError("guests[" + i + "].nationality", FieldErrorCode.UNKNOWN_COUNTRY,
                        "must be a country or region code (ISO 3166-1 alpha-2) of the list"));
            }
        }
        return problems;
    }

    /**
     * An item ends after it starts, on a day of the visit (arrival to departure, both included). In a zone with
     * daylight saving time, a start in the hour skipped in spring moves past an end soon after it; that is refused too.
     */
    public static List<FieldError> itineraryProblems(ItineraryContent item, LocalDate arrival, LocalDate departure) {
        List<FieldError> problems = new ArrayList<>();
        boolean inOrder = item.endTime().isAfter(item.startTime())
                && (item.zone() == null || item.endsAt().isAfter(item.startsAt()));
        if (!inOrder) {
            problems.add(new FieldError("endTime", FieldErrorCode.NOT_BEFORE, "must be after startTime",
                    Map.of("other", "startTime")));
        }
        if (item.date().isBefore(arrival) || item.date().isAfter(departure)) {
            problems.add(new FieldError("date", FieldErrorCode.DATE_RANGE, "must be a day of the visit",
                    Map.of("from", arrival.toString(), "to", departure.toString())));
        }
        return problems;
    }

    /**
     * The states the actor may move a delegation to on {@code today}: the office along every step, the liaison all but
     * the approval; it is under way only from its arrival day and over only from its departure day.
     */
    public static Set<DelegationState> allowed(DelegationState from, Actor actor, LocalDate today, LocalDate arrival,
            LocalDate departure) {
        return from.next().stream()
                .filter(to -> actor == Actor.OFFICE || to != DelegationState.approved && to != DelegationState.rejected)
                .filter(to -> to != DelegationState.ongoing || !today.isBefore(arrival))
                .filter(to -> to != DelegationState.completed || !today.isBefore(departure))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(DelegationState.class)));
    }

    /** A move that needs words: a rejection or a cancellation its reason, the report its text. */
    public static boolean needsReason(DelegationState to) {
        return to == DelegationState.rejected || to == DelegationState.cancelled;
    }
}
