package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.programmes.call.Criterion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import static edu.meridian.programmes.selection.Selections.DEADLINE;
import static edu.meridian.programmes.selection.Selections.criterion;
import static edu.meridian.programmes.selection.Selections.destination;
import static edu.meridian.programmes.selection.Selections.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation's promises over many random calls (fixed seed, so a failure repeats): nobody decided twice, no
 * destination over-allocated, every decision the greedy rule's and its explanation true, and the same result from
 * the same inputs in any order. Scores come from a narrow band so that ties and tie-breaks are frequent.
 */
class AllocationPropertiesTest {

    private static final int CALLS = 400;

    @Test
    void overManyRandomCallsThePromisesHold() {
        Random random = new Random(20261201);
        for (int call = 0; call < CALLS; call++) {
            RandomCall input = RandomCall.draw(random, call);
            Ranking ranking = RankingRules.rank(input.criteria, input.candidates, input.reviews);
            Allocation allocation = AllocationRules.allocate(ranking, input.destinations);

            everyCandidateIsDecidedOnceInRankOrder(input, allocation);
            noDestinationIsOverAllocated(input, allocation);
            everyDecisionIsTheGreedyRulesAndItsExplanationIsTrue(ranking, input, allocation);
            theOrderOfTheInputsChangesNothing(input, ranking, allocation, random);
        }
    }

    private static void everyCandidateIsDecidedOnceInRankOrder(RandomCall input, Allocation allocation) {
        assertThat(allocation.decisions()).extracting(AllocationDecision::applicationId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(input.candidates.stream().map(Candidate::applicationId).toList());
        assertThat(allocation.decisions()).extracting(AllocationDecision::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, input.candidates.size()).boxed().toList());
        assertThat(allocation.waitlist()).extracting(AllocationDecision::waitlistPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, allocation.waitlist().size()).boxed().toList());
    }

    private static void noDestinationIsOverAllocated(RandomCall input, Allocation allocation) {
        for (CallDestination destination : input.destinations) {
            long allocated = allocation.decisions().stream()
                    .filter(decision -> destination.institutionId.equals(decision.destination())).count();
            DestinationFill fill = allocation.destinations().stream()
                    .filter(each -> each.institutionId().equals(destination.institutionId)).findFirst().orElseThrow();
            assertThat(allocated).isLessThanOrEqualTo(destination.places).isEqualTo(fill.allocated());
        }
    }

    /** Replays the allocation: what each rank found left is what its decision and explanation say. */
    private static void everyDecisionIsTheGreedyRulesAndItsExplanationIsTrue(Ranking ranking, RandomCall input,
            Allocation allocation) {
        Map<UUID, Integer> places = new HashMap<>();
        input.destinations.forEach(destination -> places.put(destination.institutionId, destination.places));
        Map<UUID, Integer> taken = new HashMap<>();
        Map<UUID, Integer> lastRank = new HashMap<>();
        for (AllocationDecision decision : allocation.decisions()) {
            Candidate candidate = ranking.ranked().get(decision.rank() - 1).candidate();
            assertThat(candidate.applicationId()).isEqualTo(decision.applicationId());
            List<UUID> fullBefore = decision.outcome() == AllocationOutcome.allocated
                    ? candidate.choices().subList(0, decision.choice() - 1) : candidate.choices();
            for (int i = 0; i < fullBefore.size(); i++) {
                UUID full = fullBefore.get(i);
                assertThat(taken.getOrDefault(full, 0)).isEqualTo(places.get(full));
                Reason reason = decision.explanation().get(i);
                assertThat(reason.params()).containsEntry("choice", i + 1).containsEntry("destination", full);
                if (places.get(full) == 0) {
                    assertThat(reason.code()).isEqualTo(ReasonCode.CHOICE_WITHOUT_PLACES);
                } else {
                    assertThat(reason.code()).isEqualTo(ReasonCode.CHOICE_FULL);
                    assertThat(reason.params()).containsEntry("lastPlaceRank", lastRank.get(full));
                }
            }
            Reason outcome = decision.explanation().get(fullBefore.size());
            assertThat(decision.explanation()).hasSize(fullBefore.size() + 1);
            if (decision.outcome() == AllocationOutcome.allocated) {
                assertThat(taken.getOrDefault(decision.destination(), 0)).isLessThan(places.get(decision.destination()));
                assertThat(candidate.choices().get(decision.choice() - 1)).isEqualTo(decision.destination());
                assertThat(outcome.code()).isEqualTo(ReasonCode.ALLOCATED);
                taken.merge(decision.destination(), 1, Integer::sum);
                lastRank.put(decision.destination(), decision.rank());
            } else {
                assertThat(outcome).isEqualTo(Reason.of(ReasonCode.WAITLISTED, "position", decision.waitlistPosition()));
            }
        }
    }

    private static void theOrderOfTheInputsChangesNothing(RandomCall input, Ranking ranking, Allocation allocation,
            Random random) {
        List<Candidate> candidates = new ArrayList<>(input.candidates);
        List<Review> reviews = new ArrayList<>(input.reviews);
        Collections.shuffle(candidates, random);
        Collections.shuffle(reviews, random);
        Ranking again = RankingRules.rank(input.criteria, candidates, reviews);
        assertThat(again).isEqualTo(ranking);
        assertThat(AllocationRules.allocate(again, input.destinations)).isEqualTo(allocation);
    }

    /** A call drawn at random: 1–5 destinations of 0–4 places, up to 25 fully scored applicants of 1–3 choices. */
    private record RandomCall(List<Criterion> criteria, List<CallDestination> destinations, List<Candidate> candidates,
            List<Review> reviews) {

        static RandomCall draw(Random random, int call) {
            int heaviest = 50 + random.nextInt(40);
            List<Criterion> criteria = List.of(criterion("academic", heaviest), criterion("language", 100 - heaviest));
            List<CallDestination> destinations = new ArrayList<>();
            int destinationCount = 1 + random.nextInt(5);
            for (int d = 0; d < destinationCount; d++) {
                destinations.add(destination(id(call + "/destination " + d), random.nextInt(5)));
            }
            List<Candidate> candidates = new ArrayList<>();
            List<Review> reviews = new ArrayList<>();
            int candidateCount = random.nextInt(26);
            for (int c = 0; c < candidateCount; c++) {
                UUID application = id(call + "/application " + c);
                List<UUID> choices = new ArrayList<>(destinations.stream().map(destination -> destination.institutionId).toList());
                Collections.shuffle(choices, random);
                String[] gpas = {null, "3.2", "3.5", "3.50", "3.9"};
                String gpa = gpas[random.nextInt(gpas.length)];
                candidates.add(new Candidate(application, choices.subList(0, 1 + random.nextInt(Math.min(3, choices.size()))),
                        gpa == null ? null : new BigDecimal(gpa), DEADLINE.minusSeconds(random.nextInt(3))));
                int reviewerCount = 1 + random.nextInt(3);
                for (int r = 0; r < reviewerCount; r++) {
                    reviews.add(new Review(application, "reviewer " + r, false,
                            Map.of("academic", 70 + random.nextInt(3), "language", 70 + random.nextInt(3))));
                }
                if (random.nextInt(4) == 0) {
                    reviews.add(new Review(application, "conflicted", true, Map.of("academic", 0)));
                }
            }
            return new RandomCall(criteria, destinations, candidates, reviews);
        }
    }
}
