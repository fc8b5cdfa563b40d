package edu.meridian.programmes.briefing;

import edu.meridian.web.Problem.FieldError;
import edu.meridian.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of briefings and registrations, with worked examples. */
class BriefingRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final UUID NUS = UUID.randomUUID();
    private static final UUID NTU = UUID.randomUUID();
    /** 2 March 2024, 14:30 in Chongqing: 06:30 UTC. */
    private static final Instant START = Instant.parse("2024-03-02T06:30:00Z");

    private static BriefingContent content(BriefingFormat format, Campus campus, String link, String start, String end,
            List<UUID> partners) {
        return new BriefingContent("宣讲会", "Briefing", null, format, campus, null, link, LocalDate.of(2024, 3, 2),
                LocalTime.parse(start), LocalTime.parse(end), 300, partners, List.of(), List.of(), SHANGHAI);
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void theLocalDateAndTimesAreInstantsInTheUniversitysTimeZone() {
        BriefingContent content = content(BriefingFormat.on_campus, Campus.jinyun, null, "14:30", "16:30", List.of());
        assertThat(content.startsAt()).isEqualTo(START);
        assertThat(content.endsAt()).isEqualTo(Instant.parse("2024-03-02T08:30:00Z"));
    }

    @Test
    void anOnlineBriefingHasALinkAndNoCampusOneOnCampusItsCampusAndEveryBriefingEndsAfterItStarts() {
        assertThat(BriefingRules.contentProblems(content(BriefingFormat.on_campus, Campus.yuanjiagang, null, "14:30",
                "16:30", List.of()), List.of(), List.of(), List.of())).isEmpty();
        assertThat(BriefingRules.contentProblems(content(BriefingFormat.online, null, "https://meet.example/1", "09:00",
                "10:00", List.of()), List.of(), List.of(), List.of())).isEmpty();
        assertThat(fields(BriefingRules.contentProblems(content(BriefingFormat.online, Campus.jinyun, null, "10:00",
                "10:00", List.of()), List.of(), List.of(), List.of()))).containsExactly("link", "campus", "endTime");
        assertThat(fields(BriefingRules.contentProblems(content(BriefingFormat.on_campus, null, null, "10:00",
                "09:00", List.of()), List.of(), List.of(), List.of()))).containsExactly("campus", "endTime");
    }

    @Test
    void presentingPartnersAreNamedOnceAndExistInTheProjection() {
        UUID unknown = UUID.randomUUID();
        List<FieldError> problems = BriefingRules.contentProblems(content(BriefingFormat.on_campus, Campus.jinyun, null,
                "14:30", "16:30", List.of(NUS, unknown, NUS, NTU)), List.of(NUS, NTU), List.of(), List.of());
        assertThat(problems).extracting(FieldError::field, error -> error.code().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("presentingPartners[1]", "unknown-reference"),
                        org.assertj.core.groups.Tuple.tuple("presentingPartners[2]", "duplicate"));
    }

    @Test
    void theCapacityNeverDropsBelowThePlacesTaken() {
        assertThat(BriefingRules.capacityProblems(120, 120)).isEmpty();
        assertThat(fields(BriefingRules.capacityProblems(119, 120))).containsExactly("capacity");
    }

    private static Briefing briefing(BriefingState state, int capacity) {
        Briefing briefing = new Briefing();
        briefing.state = state;
        briefing.capacity = capacity;
        briefing.startsAt = START;
        return briefing;
    }

    private static Optional<String> refusal(Briefing briefing, long taken, boolean office, Instant now) {
        return BriefingRules.registrationRefusal(briefing, taken, office, now)
                .map(ProblemException::problem).map(problem -> problem.type().toString());
    }

    @Test
    void peopleRegisterThemselvesWhileOpenAndBeforeTheStartTheOfficeAlsoOnceHeldNobodyBeyondCapacity() {
        Instant before = START.minusSeconds(60);
        Instant after = START.plusSeconds(60);
        assertThat(refusal(briefing(BriefingState.registration_open, 300), 299, false, before)).isEmpty();
        assertThat(refusal(briefing(BriefingState.registration_open, 300), 300, false, before))
                .contains("urn:meridian:problem:briefing-full");
        assertThat(refusal(briefing(BriefingState.registration_open, 300), 10, false, START))
                .contains("urn:meridian:problem:briefing-started");
        assertThat(refusal(briefing(BriefingState.registration_open, 300), 10, true, after)).isEmpty();
        assertThat(refusal(briefing(BriefingState.held, 300), 10, false, after))
                .contains("urn:meridian:problem:briefing-not-open");
        assertThat(refusal(briefing(BriefingState.held, 300), 10, true, after)).isEmpty();
        assertThat(refusal(briefing(BriefingState.held, 300), 300, true, after))
                .contains("urn:meridian:problem:briefing-full");
        for (BriefingState closed : List.of(BriefingState.planned, BriefingState.cancelled)) {
            assertThat(refusal(briefing(closed, 300), 0, true, before)).contains("urn:meridian:problem:briefing-not-open");
        }
    }

    private static Registration registration(RegistrationState state) {
        Registration registration = new Registration();
        registration.state = state;
        return registration;
    }

    @Test
    void thePersonCancelsBeforeTheStartTheOfficeRecordsAttendanceOnceHeld() {
        Instant before = START.minusSeconds(60);
        Instant after = START.plusSeconds(60);
        Briefing open = briefing(BriefingState.registration_open, 300);
        Briefing held = briefing(BriefingState.held, 300);
        Registration registered = registration(RegistrationState.registered);

        assertThat(BriefingRules.allowedTransitions(registered, open, false, true, before))
                .containsExactly(RegistrationState.cancelled);
        assertThat(BriefingRules.allowedTransitions(registered, open, false, true, after)).isEmpty();
        assertThat(BriefingRules.allowedTransitions(registered, open, false, false, before)).isEmpty();
        assertThat(BriefingRules.allowedTransitions(registered, open, true, false, after))
                .containsExactly(RegistrationState.cancelled);
        assertThat(BriefingRules.allowedTransitions(registered, held, true, false, after))
                .containsExactly(RegistrationState.attended, RegistrationState.absent, RegistrationState.cancelled);
        assertThat(BriefingRules.allowedTransitions(registered, held, false, true, after)).isEmpty();
        assertThat(BriefingRules.allowedTransitions(registration(RegistrationState.attended), held, true, false, after))
                .containsExactly(RegistrationState.absent);
        assertThat(BriefingRules.allowedTransitions(registration(RegistrationState.cancelled), held, true, false, after))
                .isEmpty();
    }

    @Test
    void theBriefingLifecycle() {
        assertThat(BriefingState.planned.next()).containsExactlyInAnyOrder(BriefingState.registration_open,
                BriefingState.cancelled);
        assertThat(BriefingState.registration_open.next()).containsExactlyInAnyOrder(BriefingState.held,
                BriefingState.cancelled);
        assertThat(BriefingState.held.next()).isEmpty();
        assertThat(BriefingState.cancelled.next()).isEmpty();
        assertThat(BriefingState.planned.published()).isFalse();
        assertThat(BriefingState.held.editable()).isFalse();
    }
}
