package edu.meridian.visits.delegation;

import edu.meridian.visits.delegation.DelegationRules.Actor;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static edu.meridian.visits.delegation.DelegationState.approved;
import static edu.meridian.visits.delegation.DelegationState.cancelled;
import static edu.meridian.visits.delegation.DelegationState.completed;
import static edu.meridian.visits.delegation.DelegationState.ongoing;
import static edu.meridian.visits.delegation.DelegationState.rejected;
import static edu.meridian.visits.delegation.DelegationState.requested;
import static edu.meridian.visits.delegation.DelegationState.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

class DelegationRulesTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2027, 4, 12);
    private static final LocalDate DEPARTURE = LocalDate.of(2027, 4, 15);

    @Test
    void theOfficeApprovesAndRejectsTheLiaisonOnlyRunsTheVisit() {
        LocalDate before = ARRIVAL.minusDays(100);
        assertThat(DelegationRules.allowed(requested, Actor.OFFICE, before, ARRIVAL, DEPARTURE))
                .containsExactlyInAnyOrder(approved, rejected, cancelled);
        assertThat(DelegationRules.allowed(requested, Actor.LIAISON, before, ARRIVAL, DEPARTURE))
                .containsExactly(cancelled);
        assertThat(DelegationRules.allowed(approved, Actor.LIAISON, before, ARRIVAL, DEPARTURE))
                .containsExactlyInAnyOrder(scheduled, cancelled);
    }

    @Test
    void aVisitIsUnderWayFromItsArrivalDayAndOverFromItsDepartureDay() {
        assertThat(DelegationRules.allowed(scheduled, Actor.OFFICE, ARRIVAL.minusDays(1), ARRIVAL, DEPARTURE))
                .containsExactly(cancelled);
        assertThat(DelegationRules.allowed(scheduled, Actor.OFFICE, ARRIVAL, ARRIVAL, DEPARTURE))
                .containsExactlyInAnyOrder(ongoing, cancelled);
        assertThat(DelegationRules.allowed(ongoing, Actor.LIAISON, DEPARTURE.minusDays(1), ARRIVAL, DEPARTURE)).isEmpty();
        assertThat(DelegationRules.allowed(ongoing, Actor.LIAISON, DEPARTURE, ARRIVAL, DEPARTURE)).containsExactly(completed);
    }

    @Test
    void departureBeforeArrivalAndAnUnknownNationalityAreNamed() {
        DelegationContent content = new DelegationContent("访问团", "Visit", DelegationCategory.academic_visit, "nursing",
                DEPARTURE, ARRIVAL, null, List.of(new Guest(null, "A", null, "X University", null, "XX"),
                        new Guest(null, "B", null, "Y University", null, "SG")), null, null, List.of(), null, null);
        assertThat(DelegationRules.contentProblems(content, Set.of())).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("departure", FieldErrorCode.NOT_BEFORE),
                        org.assertj.core.groups.Tuple.tuple("guests[0].nationality", FieldErrorCode.UNKNOWN_COUNTRY));
    }

    @Test
    void aGuestSentWithAnIdMustBeOneOfTheDelegationsAndNamedOnce() {
        UUID present = UUID.randomUUID();
        Guest kept = new Guest(present, "A", null, "X University", null, "SG");
        DelegationContent content = new DelegationContent("访问团", "Visit", DelegationCategory.academic_visit, "nursing",
                ARRIVAL, DEPARTURE, null, List.of(kept, new Guest(null, "B", null, "Y University", null, "SG"),
                        new Guest(UUID.randomUUID(), "C", null, "Z University", null, "SG"), kept),
                null, null, List.of(), null, null);

        assertThat(DelegationRules.contentProblems(content, Set.of(present)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guests[2].id", FieldErrorCode.UNKNOWN_REFERENCE),
                        org.assertj.core.groups.Tuple.tuple("guests[3].id", FieldErrorCode.DUPLICATE));
    }

    @Test
    void anItineraryItemEndsAfterItStartsOnADayOfTheVisit() {
        ItineraryContent lastDay = item(DEPARTURE, "09:00", "10:00");
        assertThat(DelegationRules.itineraryProblems(lastDay, ARRIVAL, DEPARTURE)).isEmpty();
        assertThat(DelegationRules.itineraryProblems(item(DEPARTURE.plusDays(1), "10:00", "10:00"), ARRIVAL, DEPARTURE))
                .extracting(FieldError::field).containsExactly("endTime", "date");
    }

    @Test
    void aStartInTheHourSkippedInSpringIsNotAfterAnEndSoonAfterIt() {
        LocalDate springForward = LocalDate.of(2027, 3, 14);
        ItineraryContent skipped = new ItineraryContent(ItineraryKind.meeting, "Early meeting", springForward,
                LocalTime.parse("02:30"), LocalTime.parse("03:15"), null, null, null,
                java.time.ZoneId.of("America/New_York"));
        assertThat(DelegationRules.itineraryProblems(skipped, springForward, springForward))
                .extracting(FieldError::field).containsExactly("endTime");
        assertThat(DelegationRules.itineraryProblems(skipped.in(java.time.ZoneId.of("Asia/Shanghai")), springForward,
                springForward)).isEmpty();
    }

    @Test
    void rejectingAndCancellingNeedAReason() {
        assertThat(DelegationRules.needsReason(rejected)).isTrue();
        assertThat(DelegationRules.needsReason(cancelled)).isTrue();
        assertThat(DelegationRules.needsReason(approved)).isFalse();
    }

    private static ItineraryContent item(LocalDate date, String start, String end) {
        return new ItineraryContent(ItineraryKind.meeting, "Welcome meeting", date, LocalTime.parse(start),
                LocalTime.parse(end), "Room 301", "Vice President Li", "Ms Wang", null);
    }
}
