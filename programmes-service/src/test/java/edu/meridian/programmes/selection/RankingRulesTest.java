package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.Criterion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static edu.meridian.programmes.selection.Selections.DEADLINE;
import static edu.meridian.programmes.selection.Selections.candidate;
import static edu.meridian.programmes.selection.Selections.criterion;
import static edu.meridian.programmes.selection.Selections.id;
import static edu.meridian.programmes.selection.Selections.ids;
import static edu.meridian.programmes.selection.Selections.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of the ranking: weighted means, conflicts, incomplete scoring and every step of the tie-break. */
class RankingRulesTest {

    private static final UUID NUS = id("NUS");
    private static final List<Criterion> CRITERIA = List.of(
            criterion("academic", 50), criterion("language", 30), criterion("motivation", 20));

    @Test
    void theScoreIsTheMeanOfTheReviewersWeightedMeans() {
        Ranking ranking = RankingRules.rank(CRITERIA, List.of(candidate("ann", NUS)), List.of(
                review("ann", "zhao.min", "academic", 80, "language", 70, "motivation", 90),
                review("ann", "qian.lu", "academic", 90, "language", 60, "motivation", 70)));

        RankedCandidate ann = ranking.ranked().get(0);
        assertThat(ann.score()).as("zhao.min 40 + 21 + 18 = 79, qian.lu 45 + 18 + 14 = 77, mean 78")
                .isEqualByComparingTo("78.00");
        assertThat(ann.criterionScores()).containsExactly(
                Map.entry("academic", new BigDecimal("85.00")), Map.entry("language", new BigDecimal("65.00")),
                Map.entry("motivation", new BigDecimal("80.00")));
        assertThat(ann.reviewers()).isEqualTo(2);
        assertThat(ann.rank()).isEqualTo(1);
        assertThat(ann.tieBreak()).isNull();
        assertThat(ranking.isComplete()).isTrue();
    }

    @Test
    void theScoreIsRoundedHalfUpToTwoDecimals() {
        List<Criterion> one = List.of(criterion("overall", 100));
        Ranking ranking = RankingRules.rank(one, List.of(candidate("ann", NUS), candidate("bo", NUS)), List.of(
                review("ann", "r1", "overall", 80), review("ann", "r2", "overall", 80), review("ann", "r3", "overall", 81),
                review("bo", "r1", "overall", 67), review("bo", "r2", "overall", 68)));

        assertThat(ranking.ranked()).extracting(RankedCandidate::score)
                .as("241 / 3 = 80.333…, 135 / 2 = 67.5").containsExactly(new BigDecimal("80.33"), new BigDecimal("67.50"));

        Ranking halfUp = RankingRules.rank(List.of(criterion("a", 99), criterion("b", 1)), List.of(candidate("ann", NUS)),
                List.of(review("ann", "r1", "a", 80, "b", 80), review("ann", "r2", "a", 80, "b", 81)));
        assertThat(halfUp.ranked().get(0).score()).as("(80.00 + 80.01) / 2 = 80.005").isEqualByComparingTo("80.01");
    }

    @Test
    void aReviewerWhoDeclaredAConflictDoesNotCount() {
        Review conflicted = new Review(id("ann"), "li.na", true, Map.of("academic", 0, "language", 0, "motivation", 0));
        Ranking ranking = RankingRules.rank(CRITERIA, List.of(candidate("ann", NUS)), List.of(
                review("ann", "zhao.min", "academic", 80, "language", 70, "motivation", 90), conflicted));

        assertThat(ranking.ranked().get(0).score()).isEqualByComparingTo("79.00");
        assertThat(ranking.ranked().get(0).reviewers()).isEqualTo(1);
    }

    @Test
    void anApplicationNotFullyScoredIsNotRankedAndTheRankingSaysWhoIsMissingWhat() {
        List<Candidate> candidates = List.of(candidate("ann", NUS), candidate("bo", NUS), candidate("cy", NUS),
                candidate("dee", NUS));
        Ranking ranking = RankingRules.rank(CRITERIA, candidates, List.of(
                review("ann", "zhao.min", "academic", 80, "language", 70, "motivation", 90),
                review("bo", "zhao.min", "academic", 80, "language", 70, "motivation", 90),
                review("bo", "qian.lu", "academic", 75),
                Review.assigned(id("bo"), "sun.yi"),
                Review.assigned(id("cy"), "zhao.min").withConflictDeclared()));

        assertThat(ranking.isComplete()).isFalse();
        assertThat(ranking.ranked()).extracting(ranked -> ranked.candidate().applicationId()).containsExactly(id("ann"));
        assertThat(ranking.unranked()).as("by application id")
                .isSortedAccordingTo((one, other) -> one.candidate().applicationId().toString()
                        .compareTo(other.candidate().applicationId().toString()));
        assertThat(missing(ranking, "bo")).containsExactly(
                new Reason(ReasonCode.SCORES_MISSING, Map.of("reviewer", "qian.lu", "criteria", List.of("language", "motivation"))),
                new Reason(ReasonCode.SCORES_MISSING, Map.of("reviewer", "sun.yi",
                        "criteria", List.of("academic", "language", "motivation"))));
        assertThat(missing(ranking, "cy")).as("its only reviewer declared a conflict")
                .containsExactly(Reason.of(ReasonCode.NO_REVIEWER));
        assertThat(missing(ranking, "dee")).as("nobody assigned").containsExactly(Reason.of(ReasonCode.NO_REVIEWER));
    }

    @Test
    void onAnEqualScoreTheHeavierCriterionDecides() {
        Ranking ranking = RankingRules.rank(CRITERIA, List.of(candidate("ann", NUS), candidate("bo", NUS)), List.of(
                review("ann", "zhao.min", "academic", 80, "language", 70, "motivation", 90),
                review("bo", "zhao.min", "academic", 84, "language", 70, "motivation", 80)));

        assertThat(ranking.ranked()).extracting(RankedCandidate::score).as("40 + 21 + 18 and 42 + 21 + 16")
                .containsExactly(new BigDecimal("79.00"), new BigDecimal("79.00"));
        assertThat(order(ranking)).containsExactlyElementsOf(ids("bo", "ann"));
        assertThat(ranking.ranked().get(0).tieBreak()).isNull();
        assertThat(ranking.ranked().get(1).tieBreak()).isEqualTo(Reason.of(ReasonCode.TIE_CRITERION, "criterion", "academic"));
    }

    @Test
    void criteriaAreComparedHeaviestFirstAndEqualWeightsInTheCallsOrder() {
        List<Criterion> criteria = List.of(criterion("interview", 30), criterion("academic", 40), criterion("language", 30));
        Ranking ranking = RankingRules.rank(criteria, List.of(candidate("ann", NUS), candidate("bo", NUS)), List.of(
                review("ann", "r1", "interview", 70, "academic", 80, "language", 90),
                review("bo", "r1", "interview", 90, "academic", 80, "language", 70)));

        assertThat(order(ranking)).as("academic is equal; interview, listed before language, decides")
                .containsExactlyElementsOf(ids("bo", "ann"));
        assertThat(ranking.ranked().get(1).tieBreak()).isEqualTo(Reason.of(ReasonCode.TIE_CRITERION, "criterion", "interview"));
    }

    @Test
    void onEqualScoresEverywhereTheHigherGpaThenTheEarlierSubmissionThenTheApplicationIdDecide() {
        List<Criterion> one = List.of(criterion("overall", 100));
        List<Candidate> candidates = List.of(
                candidate("no-gpa", null, DEADLINE.minusSeconds(9000), NUS),
                candidate("gpa-3.2", "3.2", DEADLINE.minusSeconds(9000), NUS),
                candidate("gpa-3.8-late", "3.8", DEADLINE.minusSeconds(60), NUS),
                candidate("gpa-3.80-early", "3.80", DEADLINE.minusSeconds(7200), NUS),
                candidate("twin-a", "3.5", DEADLINE.minusSeconds(100), NUS),
                candidate("twin-b", "3.5", DEADLINE.minusSeconds(100), NUS));
        List<Review> reviews = candidates.stream()
                .map(candidate -> new Review(candidate.applicationId(), "r1", false, Map.of("overall", 88))).toList();

        Ranking ranking = RankingRules.rank(one, candidates, reviews);

        List<UUID> twins = ids("twin-a", "twin-b").stream().sorted(Comparator.comparing(UUID::toString)).toList();
        assertThat(order(ranking)).containsExactly(id("gpa-3.80-early"), id("gpa-3.8-late"), twins.get(0), twins.get(1),
                id("gpa-3.2"), id("no-gpa"));
        assertThat(ranking.ranked()).extracting(ranked -> ranked.tieBreak() == null ? null : ranked.tieBreak().code())
                .containsExactly(null, ReasonCode.TIE_SUBMITTED, ReasonCode.TIE_GPA, ReasonCode.TIE_APPLICATION_ID,
                        ReasonCode.TIE_GPA, ReasonCode.TIE_GPA);
    }

    @Test
    void ranksAreUniqueAndConsecutive() {
        List<Candidate> candidates = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidates.add(candidate("c" + i, NUS));
            reviews.add(review("c" + i, "r1", "academic", i % 3 * 10, "language", 50, "motivation", 50));
        }

        Ranking ranking = RankingRules.rank(CRITERIA, candidates, reviews);

        assertThat(ranking.ranked()).extracting(RankedCandidate::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(ranking.ranked()).extracting(RankedCandidate::score).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    void theOrderOfTheInputsChangesNothing() {
        List<Candidate> candidates = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(candidate("c" + i, i % 2 == 0 ? "3.5" : "3.6", DEADLINE.minusSeconds(i % 5), NUS));
            reviews.add(review("c" + i, "r1", "academic", 60 + i % 4, "language", 70, "motivation", 80 - i % 3));
            if (i % 7 != 0) {
                reviews.add(review("c" + i, "r2", "academic", 70, "language", 60 + i % 2, "motivation", 80));
            }
            if (i % 9 == 0) {
                reviews.add(Review.assigned(id("c" + i), "r3"));
            }
        }
        Ranking expected = RankingRules.rank(CRITERIA, candidates, reviews);
        Random random = new Random(12);

        for (int run = 0; run < 20; run++) {
            List<Candidate> shuffledCandidates = new ArrayList<>(candidates);
            List<Review> shuffledReviews = new ArrayList<>(reviews);
            Collections.shuffle(shuffledCandidates, random);
            Collections.shuffle(shuffledReviews, random);
            assertThat(RankingRules.rank(CRITERIA, shuffledCandidates, shuffledReviews)).isEqualTo(expected);
        }
        assertThat(expected.unranked()).hasSize(5);
    }

    @Test
    void reviewsOfApplicationsThatAreNoLongerCandidatesAreIgnored() {
        Ranking ranking = RankingRules.rank(List.of(criterion("overall", 100)), List.of(candidate("ann", NUS)), List.of(
                review("ann", "r1", "overall", 70), review("withdrawn", "r1", "overall", 99)));

        assertThat(order(ranking)).containsExactly(id("ann"));
    }

    @Test
    void inputsThatBreakTheRulesAreRefused() {
        List<Candidate> ann = List.of(candidate("ann", NUS));
        assertThatThrownBy(() -> RankingRules.rank(List.of(criterion("academic", 50)), ann, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> RankingRules.rank(CRITERIA, ann, List.of(review("ann", "r1", "charm", 50))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion the call does not have");
        assertThatThrownBy(() -> RankingRules.rank(CRITERIA, ann, List.of(review("ann", "r1"), review("ann", "r1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RankingRules.rank(CRITERIA, List.of(candidate("ann", NUS), candidate("ann", NUS)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidate twice");
        assertThatThrownBy(() -> review("ann", "r1", "academic", 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within 0…100");
        assertThatThrownBy(() -> review("ann", "r1", "academic", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> candidate("ann", NUS, NUS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> candidate("ann")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<UUID> order(Ranking ranking) {
        return ranking.ranked().stream().map(ranked -> ranked.candidate().applicationId()).toList();
    }

    private static List<Reason> missing(Ranking ranking, String name) {
        return ranking.unranked().stream().filter(unranked -> unranked.candidate().applicationId().equals(id(name)))
                .findFirst().orElseThrow().missing();
    }
}
