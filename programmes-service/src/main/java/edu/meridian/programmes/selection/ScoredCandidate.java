package edu.meridian.programmes.selection;

import java.math.BigDecimal;
import java.util.Map;

/** A fully scored application before it has its rank. */
record ScoredCandidate(Candidate candidate, BigDecimal score, Map<String, BigDecimal> criterionScores, int reviewers) {

    RankedCandidate ranked(int rank, Reason tieBreak) {
        return new RankedCandidate(rank, candidate, score, criterionScores, reviewers, tieBreak);
    }
}
