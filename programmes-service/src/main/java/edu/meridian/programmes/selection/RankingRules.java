package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.Criterion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ranking of a call's applications from their reviews. Each counted reviewer (assigned, no conflict declared)
 * gives a weighted mean: the sum of score × weight over the call's criteria, divided by 100 (the weights add up to
 * 100, scores are 0–100). An application's score is the mean of its counted reviewers' weighted means, rounded half
 * up to two decimals; equal scores are ordered by the {@link TieBreak}.
 * <p>
 * An application is ranked only when it is fully scored: at least one counted reviewer, and every counted reviewer
 * has scored every criterion. Otherwise it is listed as unranked with what is missing. The result depends only on
 * the inputs, not on their order. Reviews of applications that are not candidates (withdrawn since) are ignored.
 */
public final class RankingRules {

    private static final BigDecimal WEIGHTS_TOTAL = BigDecimal.valueOf(100);

    private RankingRules() {
    }

    public static Ranking rank(List<Criterion> criteria, List<Candidate> candidates, List<Review> reviews) {
        checkCriteria(criteria);
        Map<UUID, List<Review>> reviewsByApplication = reviewsByApplication(criteria, candidates, reviews);
        List<ScoredCandidate> scored = new ArrayList<>();
        List<UnrankedCandidate> unranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<Review> counted = reviewsByApplication.get(candidate.applicationId()).stream()
                    .filter(review -> !review.conflictDeclared())
                    .sorted(Comparator.comparing(Review::reviewer))
                    .toList();
            List<Reason> missing = missing(criteria, counted);
            if (missing.isEmpty()) {
                scored.add(scoreOf(criteria, candidate, counted));
            } else {
                unranked.add(new UnrankedCandidate(candidate, missing));
            }
        }
        unranked.sort(Comparator.comparing(unrankedCandidate -> unrankedCandidate.candidate().applicationId().toString()));
        return new Ranking(ranks(new TieBreak(criteria), scored), unranked);
    }

    private static void checkCriteria(List<Criterion> criteria) {
        if (criteria.isEmpty() || criteria.stream().mapToInt(Criterion::weight).sum() != 100) {
            throw new IllegalArgumentException("a ranking needs criteria whose weights add up to 100");
        }
    }

    private static Map<UUID, List<Review>> reviewsByApplication(List<Criterion> criteria, List<Candidate> candidates,
            List<Review> reviews) {
        Map<UUID, List<Review>> byApplication = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (byApplication.put(candidate.applicationId(), new ArrayList<>()) != null) {
                throw new IllegalArgumentException("application " + candidate.applicationId() + " is a candidate twice");
            }
        }
        Set<String> codes = new HashSet<>(criteria.stream().map(Criterion::code).toList());
        Set<List<Object>> assignments = new HashSet<>();
        for (Review review : reviews) {
            if (!assignments.add(List.of(review.applicationId(), review.reviewer()))) {
                throw new IllegalArgumentException(review.reviewer() + " is assigned to " + review.applicationId() + " twice");
            }
            if (!codes.containsAll(review.scores().keySet())) {
                throw new IllegalArgumentException(review.reviewer() + " scored a criterion the call does not have: "
                        + review.scores().keySet());
            }
            List<Review> ofApplication = byApplication.get(review.applicationId());
            if (ofApplication != null) {
                ofApplication.add(review);
            }
        }
        return byApplication;
    }

    /** What keeps an application from being ranked: no counted reviewer, or criteria a counted reviewer has not scored. */
    private static List<Reason> missing(List<Criterion> criteria, List<Review> counted) {
        if (counted.isEmpty()) {
            return List.of(Reason.of(ReasonCode.NO_REVIEWER));
        }
        List<Reason> missing = new ArrayList<>();
        for (Review review : counted) {
            List<String> unscored = criteria.stream().map(Criterion::code)
                    .filter(code -> !review.scores().containsKey(code))
                    .toList();
            if (!unscored.isEmpty()) {
                missing.add(new Reason(ReasonCode.SCORES_MISSING, Map.of("reviewer", review.reviewer(), "criteria", unscored)));
            }
        }
        return missing;
    }

    private static ScoredCandidate scoreOf(List<Criterion> criteria, Candidate candidate, List<Review> counted) {
        BigDecimal reviewers = BigDecimal.valueOf(counted.size());
        long weightedTotal = 0;
        Map<String, BigDecimal> criterionScores = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            long total = counted.stream().mapToLong(review -> review.scores().get(criterion.code())).sum();
            weightedTotal += total * criterion.weight();
            criterionScores.put(criterion.code(), BigDecimal.valueOf(total).divide(reviewers, 2, RoundingMode.HALF_UP));
        }
        BigDecimal score = BigDecimal.valueOf(weightedTotal).divide(reviewers.multiply(WEIGHTS_TOTAL), 2, RoundingMode.HALF_UP);
        return new ScoredCandidate(candidate, score, Collections.unmodifiableMap(criterionScores), counted.size());
    }

    private static List<RankedCandidate> ranks(TieBreak tieBreak, List<ScoredCandidate> scored) {
        List<ScoredCandidate> ordered = scored.stream().sorted(tieBreak).toList();
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ScoredCandidate current = ordered.get(i);
            Reason tie = i > 0 && ordered.get(i - 1).score().compareTo(current.score()) == 0
                    ? tieBreak.decide(ordered.get(i - 1), current).reason() : null;
            ranked.add(current.ranked(i + 1, tie));
        }
        return ranked;
    }
}
