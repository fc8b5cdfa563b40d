package edu.meridian.programmes.selection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A place in the ranking.
 *
 * @param rank            1 for the best; every rank is held by exactly one application
 * @param score           the mean over the counted reviewers of their weighted means, 0–100 with two decimals
 * @param criterionScores the mean score per criterion code over the counted reviewers, two decimals, in the call's order
 * @param reviewers       how many reviewers counted (assigned, no conflict declared)
 * @param tieBreak        when the score equals that of the rank just above: the rule that put this one below it;
 *                        otherwise null
 */
public record RankedCandidate(int rank, Candidate candidate, BigDecimal score, Map<String, BigDecimal> criterionScores,
        int reviewers, Reason tieBreak) {
}
