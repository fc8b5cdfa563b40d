package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.programmes.call.Criterion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static edu.meridian.programmes.selection.Selections.candidate;
import static edu.meridian.programmes.selection.Selections.criterion;
import static edu.meridian.programmes.selection.Selections.destination;
import static edu.meridian.programmes.selection.Selections.id;
import static edu.meridian.programmes.selection.Selections.ranking;
import static edu.meridian.programmes.selection.Selections.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of the allocation and of the explanation each applicant gets. */
class AllocationRulesTest {

    private static final UUID NUS = id("NUS");
    private static final UUID NTU = id("NTU");
    private static final UUID MANCHESTER = id("Manchester");
    private static final UUID UBC = id("UBC");
    private static final List<CallDestination> PLACES = List.of(
            destination(NUS, 2), destination(NTU, 1), destination(MANCHESTER, 1), destination(UBC, 0));

    /** Six applicants in rank order, and what each gets from NUS 2, NTU 1, Manchester 1 and UBC 0 places. */
    private static final Ranking SIX = ranking(
            candidate("ann", NUS, NTU),
            candidate("bo", NTU),
            candidate("cy", NTU, NUS),
            candidate("dee", NUS, MANCHESTER),
            candidate("eli", UBC, NUS, NTU),
            candidate("fay", MANCHESTER));

    @Test
    void eachApplicantInRankOrderGetsTheirHighestChoiceThatStillHasAPlace() {
        Allocation allocation = AllocationRules.allocate(SIX, PLACES);

        assertThat(allocation.decisions()).extracting(AllocationDecision::rank, AllocationDecision::outcome,
                        AllocationDecision::destination, AllocationDecision::choice, AllocationDecision::waitlistPosition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, AllocationOutcome.allocated, NUS, 1, null),
                        org.assertj.core.groups.Tuple.tuple(2, AllocationOutcome.allocated, NTU, 1, null),
                        org.assertj.core.groups.Tuple.tuple(3, AllocationOutcome.allocated, NUS, 2, null),
                        org.assertj.core.groups.Tuple.tuple(4, AllocationOutcome.allocated, MANCHESTER, 2, null),
                        org.assertj.core.groups.Tuple.tuple(5, AllocationOutcome.waitlisted, null, null, 1),
                        org.assertj.core.groups.Tuple.tuple(6, AllocationOutcome.waitlisted, null, null, 2));
        assertThat(allocation.waitlist()).extracting(AllocationDecision::applicationId).containsExactly(id("eli"), id("fay"));
        assertThat(allocation.destinations()).containsExactly(
                new DestinationFill(NUS, 2, 2, 3), new DestinationFill(NTU, 1, 1, 2),
                new DestinationFill(MANCHESTER, 1, 1, 4), new DestinationFill(UBC, 0, 0, null));
    }

    @Test
    void theFirstChoiceWithAPlaceIsExplainedAsAllocated() {
        assertThat(explanation(AllocationRules.allocate(SIX, PLACES), "ann")).containsExactly(
                new Reason(ReasonCode.ALLOCATED, Map.of("choice", 1, "destination", NUS)));
    }

    @Test
    void aFullChoiceIsExplainedWithTheRankThatGotItsLastPlace() {
        assertThat(explanation(AllocationRules.allocate(SIX, PLACES), "cy")).as("NTU's one place went to bo, rank 2")
                .containsExactly(
                        new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 1, "destination", NTU, "places", 1, "lastPlaceRank", 2)),
                        new Reason(ReasonCode.ALLOCATED, Map.of("choice", 2, "destination", NUS)));
        assertThat(explanation(AllocationRules.allocate(SIX, PLACES), "dee")).as("NUS's last place went to cy, rank 3")
                .containsExactly(
                        new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 1, "destination", NUS, "places", 2, "lastPlaceRank", 3)),
                        new Reason(ReasonCode.ALLOCATED, Map.of("choice", 2, "destination", MANCHESTER)));
    }

    @Test
    void anApplicantWhoseChoicesAreAllFullIsWaitlistedWithEveryChoiceExplained() {
        assertThat(explanation(AllocationRules.allocate(SIX, PLACES), "eli")).containsExactly(
                new Reason(ReasonCode.CHOICE_WITHOUT_PLACES, Map.of("choice", 1, "destination", UBC)),
                new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 2, "destination", NUS, "places", 2, "lastPlaceRank", 3)),
                new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 3, "destination", NTU, "places", 1, "lastPlaceRank", 2)),
                new Reason(ReasonCode.WAITLISTED, Map.of("position", 1)));
        assertThat(explanation(AllocationRules.allocate(SIX, PLACES), "fay")).containsExactly(
                new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 1, "destination", MANCHESTER, "places", 1, "lastPlaceRank", 4)),
                new Reason(ReasonCode.WAITLISTED, Map.of("position", 2)));
    }

    @Test
    void aLowerRankCanTakeAPlaceAHigherRankDidNotWant() {
        Allocation allocation = AllocationRules.allocate(
                ranking(candidate("ann", NTU), candidate("bo", NTU), candidate("cy", NUS, NTU)),
                List.of(destination(NUS, 1), destination(NTU, 1)));

        assertThat(allocation.decisions()).extracting(AllocationDecision::destination).containsExactly(NTU, null, NUS);
        assertThat(explanation(allocation, "bo")).containsExactly(
                new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", 1, "destination", NTU, "places", 1, "lastPlaceRank", 1)),
                new Reason(ReasonCode.WAITLISTED, Map.of("position", 1)));
    }

    @Test
    void reRunningWithTheSameInputsInAnotherOrderGivesTheSameAllocation() {
        List<Criterion> criteria = List.of(criterion("overall", 100));
        List<Candidate> candidates = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(candidate("c" + i, i % 3 == 0 ? null : "3.6", Selections.DEADLINE.minusSeconds(i % 2),
                    i % 2 == 0 ? NUS : NTU, MANCHESTER));
            reviews.add(review("c" + i, "zhao.min", "overall", 80 + i % 3));
        }
        Allocation first = AllocationRules.allocate(RankingRules.rank(criteria, candidates, reviews), PLACES);
        Random random = new Random(7);

        for (int run = 0; run < 10; run++) {
            Collections.shuffle(candidates, random);
            Collections.shuffle(reviews, random);
            assertThat(AllocationRules.allocate(RankingRules.rank(criteria, candidates, reviews), PLACES)).isEqualTo(first);
        }
        assertThat(first.waitlist()).hasSize(8);
    }

    @Test
    void withoutApplicantsNothingIsAllocated() {
        Allocation allocation = AllocationRules.allocate(ranking(), PLACES);

        assertThat(allocation.decisions()).isEmpty();
        assertThat(allocation.destinations()).extracting(DestinationFill::allocated).containsOnly(0);
    }

    @Test
    void anIncompleteRankingIsNotAllocated() {
        Ranking incomplete = new Ranking(List.of(), List.of(
                new UnrankedCandidate(candidate("ann", NUS), List.of(Reason.of(ReasonCode.NO_REVIEWER)))));

        assertThatThrownBy(() -> AllocationRules.allocate(incomplete, PLACES))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 applications are not fully scored yet");
    }

    @Test
    void placesThatAreNotTheCallsAreRefused() {
        assertThatThrownBy(() -> AllocationRules.allocate(ranking(candidate("ann", id("Harvard"))), PLACES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("choice 1 of application");
        assertThatThrownBy(() -> AllocationRules.allocate(ranking(), List.of(destination(NUS, 1), destination(NUS, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> AllocationRules.allocate(ranking(), List.of(destination(NUS, -1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than 0 places");
    }

    private static List<Reason> explanation(Allocation allocation, String name) {
        return allocation.decisions().stream().filter(decision -> decision.applicationId().equals(id(name)))
                .findFirst().orElseThrow().explanation();
    }
}
