package edu.meridian.programmes.call;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.programmes.partner.Condition;
import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.web.Problem.FieldError;
import edu.meridian.web.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of what a call may offer and when it may open. */
class CallRulesTest {

    private static final AcademicYear YEAR_2026 = AcademicYear.parse("2026/27");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void theOfferIsTheSumOfTheConditionsForTheDirectionMobilityTypeAndYear() {
        List<Condition> conditions = List.of(
                condition("outbound", "student_study", 4, "2025/26", "2027/28"),
                condition("outbound", "student_study", 2, "2026/27", null),
                condition("outbound", "student_study", 9, "2027/28", "2029/30"),
                condition("inbound", "student_study", 6, null, null),
                condition("outbound", "staff_teaching", 3, null, null));

        assertThat(CallRules.placesOffered(conditions, Direction.outbound, MobilityType.student_study, YEAR_2026))
                .as("4 (2025/26–2027/28) + 2 (from 2026/27); not the 9 from 2027/28").isEqualTo(6);
        assertThat(CallRules.placesOffered(conditions, Direction.inbound, MobilityType.student_study, YEAR_2026)).isEqualTo(6);
        assertThat(CallRules.placesOffered(conditions, Direction.outbound, MobilityType.staff_teaching, YEAR_2026)).isEqualTo(3);
        assertThat(CallRules.placesOffered(conditions, Direction.outbound, MobilityType.student_traineeship, YEAR_2026)).isZero();
        assertThat(CallRules.placesOffered(conditions, Direction.outbound, MobilityType.student_study,
                AcademicYear.parse("2030/31"))).as("only the open-ended 2").isEqualTo(2);
    }

    @Test
    void aConditionWithAnUnreadableYearOffersNothing() {
        assertThat(CallRules.placesOffered(List.of(condition("outbound", "student_study", 5, "next year", null)),
                Direction.outbound, MobilityType.student_study, YEAR_2026)).isZero();
    }

    @Test
    void placesAboveTheOfferNeedAReason() {
        PartnerAgreement nus = agreement("active", condition("outbound", "student_study", 4, "2026/27", "2028/29"));
        Call call = call(new CallDestination(UUID.randomUUID(), nus.id, 5, null));

        assertThat(CallRules.contentProblems(call, Map.of(nus.id, nus))).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("destinations[0].places",
                        "is more than the 4 places its agreement offers for outbound student_study in 2026/27;"
                                + " give an overrideReason to offer more"));

        call.destinations = List.of(new CallDestination(UUID.randomUUID(), nus.id, 4, null));
        assertThat(CallRules.contentProblems(call, Map.of(nus.id, nus))).isEmpty();
        call.destinations = List.of(new CallDestination(UUID.randomUUID(), nus.id, 5, "NUS agreed one more by e-mail"));
        assertThat(CallRules.contentProblems(call, Map.of(nus.id, nus))).isEmpty();
    }

    @Test
    void aDestinationWhoseAgreementOffersNothingForTheCallNeedsAReasonForAnyPlace() {
        PartnerAgreement memorandum = agreement("active");
        Call call = call(new CallDestination(UUID.randomUUID(), memorandum.id, 1, null));

        assertThat(CallRules.contentProblems(call, Map.of(memorandum.id, memorandum)))
                .extracting(FieldError::field).containsExactly("destinations[0].places");
    }

    @Test
    void criteriaWeightsAddUpToAHundredAndCodesAreNotRepeated() {
        Call call = call();
        call.criteria = List.of(criterion("gpa", 50), criterion("language", 30));
        assertThat(CallRules.contentProblems(call, Map.of())).extracting(FieldError::message)
                .containsExactly("weights must add up to 100, not 80");

        call.criteria = List.of(criterion("gpa", 50), criterion("gpa", 50));
        assertThat(CallRules.contentProblems(call, Map.of())).extracting(FieldError::field).containsExactly("criteria[1]");

        call.criteria = List.of(criterion("gpa", 60), criterion("interview", 40));
        assertThat(CallRules.contentProblems(call, Map.of())).isEmpty();
    }

    @Test
    void theWindowEndsOnOrAfterItStartsAndTheYearIsTwoConsecutiveYears() {
        Call call = call();
        call.opensOn = LocalDate.of(2026, 3, 10);
        call.closesOn = LocalDate.of(2026, 3, 9);
        call.academicYear = "2026/28";
        assertThat(CallRules.contentProblems(call, Map.of())).extracting(FieldError::field)
                .containsExactly("academicYear", "window.to");
    }

    @Test
    void aCallOpensOnlyWithAWindowCriteriaDestinationsAndAgreementsInForce() {
        PartnerAgreement active = agreement("active", condition("outbound", "student_study", 4, null, null));
        PartnerAgreement expiring = agreement("expiring", condition("outbound", "student_study", 2, null, null));
        PartnerAgreement terminated = agreement("terminated", condition("outbound", "student_study", 2, null, null));
        Map<UUID, PartnerAgreement> agreements = Map.of(active.id, active, expiring.id, expiring, terminated.id, terminated);
        Call call = call(new CallDestination(UUID.randomUUID(), active.id, 4, null),
                new CallDestination(UUID.randomUUID(), expiring.id, 2, null));
        call.opensOn = TODAY;
        call.closesOn = TODAY.plusDays(30);
        call.criteria = List.of(criterion("gpa", 100));
        assertThat(CallRules.openingProblems(call, agreements, TODAY)).isEmpty();

        call.destinations = List.of(new CallDestination(UUID.randomUUID(), active.id, 4, null),
                new CallDestination(UUID.randomUUID(), terminated.id, 2, null),
                new CallDestination(UUID.randomUUID(), UUID.randomUUID(), 1, "not in the projection"));
        assertThat(CallRules.openingProblems(call, agreements, TODAY)).extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("destinations[1]", "its agreement is terminated: a call opens "
                                + "only for destinations whose agreement is active or expiring"),
                        org.assertj.core.groups.Tuple.tuple("destinations[2]", "its agreement is unknown: a call opens "
                                + "only for destinations whose agreement is active or expiring"));
    }

    @Test
    void aCallWithoutWindowCriteriaOrDestinationsOrPastItsWindowDoesNotOpen() {
        Call call = call();
        assertThat(CallRules.openingProblems(call, Map.of(), TODAY)).extracting(FieldError::field)
                .containsExactly("window", "destinations", "criteria");

        call.opensOn = TODAY.minusDays(30);
        call.closesOn = TODAY.minusDays(1);
        assertThat(CallRules.openingProblems(call, Map.of(), TODAY)).extracting(FieldError::field)
                .contains("window.to");
    }

    @Test
    void destinationsAreTheSchemesAndEachIsNamedOnce() {
        UUID nus = UUID.randomUUID();
        UUID ntu = UUID.randomUUID();
        Map<UUID, UUID> ofScheme = Map.of(nus, UUID.randomUUID());
        assertThat(CallRules.destinationProblems(List.of(new CallContent.Destination(nus, 2, null),
                new CallContent.Destination(ntu, 2, null), new CallContent.Destination(nus, 1, null)), ofScheme))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("destinations[1].institutionId", "is not a destination of the call's scheme"),
                        org.assertj.core.groups.Tuple.tuple("destinations[2].institutionId", "is already a destination of this call"));
    }

    @Test
    void theLifecycleRunsOneWay() {
        assertThat(CallState.draft.next()).containsExactly(CallState.open);
        assertThat(CallState.open.next()).containsExactly(CallState.closed);
        assertThat(CallState.closed.next()).containsExactly(CallState.in_selection);
        assertThat(CallState.in_selection.next()).containsExactly(CallState.results_published);
        assertThat(CallState.results_published.next()).containsExactly(CallState.archived);
        assertThat(CallState.archived.next()).isEmpty();
        assertThat(CallState.open.editable()).isTrue();
        assertThat(CallState.closed.editable()).isFalse();
        assertThat(CallState.draft.published()).isFalse();
    }

    private static Call call(CallDestination... destinations) {
        Call call = new Call();
        call.academicYear = "2026/27";
        call.direction = Direction.outbound;
        call.mobilityType = MobilityType.student_study;
        call.destinations = List.of(destinations);
        return call;
    }

    private static Criterion criterion(String code, int weight) {
        return new Criterion(code, new Text(code, code), weight);
    }

    static Condition condition(String direction, String type, int places, String from, String to) {
        return new Condition(direction, type, places, null, null, List.of(), List.of(), "en", "B2", from, to);
    }

    static PartnerAgreement agreement(String state, Condition... conditions) {
        PartnerAgreement agreement = new PartnerAgreement();
        agreement.id = UUID.randomUUID();
        agreement.state = state;
        agreement.conditions = List.of(conditions);
        return agreement;
    }
}
