package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.Criterion;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the ranking, total and reproducible. Higher score first; on an equal score (two decimals):
 * <ol>
 * <li>the higher mean score on each criterion in turn, the heaviest first (criteria of equal weight in the call's
 * order);</li>
 * <li>the higher GPA (an application without a GPA after any with one);</li>
 * <li>the earlier submission;</li>
 * <li>the smaller application id (compared as its text form), which never ties.</li>
 * </ol>
 */
final class TieBreak implements Comparator<ScoredCandidate> {

    private final List<String> heaviestFirst;

    TieBreak(List<Criterion> criteria) {
        heaviestFirst = criteria.stream()
                .sorted(Comparator.comparingInt(Criterion::weight).reversed())
                .map(Criterion::code)
                .toList();
    }

    @Override
    public int compare(ScoredCandidate one, ScoredCandidate other) {
        int byScore = other.score().compareTo(one.score());
        return byScore != 0 ? byScore : decide(one, other).order();
    }

    /** Which of two applications with the same score comes first, and by which rule. */
    Decision decide(ScoredCandidate one, ScoredCandidate other) {
        for (String criterion : heaviestFirst) {
            int order = other.criterionScores().get(criterion).compareTo(one.criterionScores().get(criterion));
            if (order != 0) {
                return new Decision(order, Reason.of(ReasonCode.TIE_CRITERION, "criterion", criterion));
            }
        }
        int byGpa = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())
                .compare(one.candidate().gpa(), other.candidate().gpa());
        if (byGpa != 0) {
            return new Decision(byGpa, Reason.of(ReasonCode.TIE_GPA));
        }
        int bySubmission = one.candidate().submittedAt().compareTo(other.candidate().submittedAt());
        if (bySubmission != 0) {
            return new Decision(bySubmission, Reason.of(ReasonCode.TIE_SUBMITTED));
        }
        return new Decision(one.candidate().applicationId().toString()
                .compareTo(other.candidate().applicationId().toString()), Reason.of(ReasonCode.TIE_APPLICATION_ID));
    }

    /** Negative when the first comes first; the rule that decided. */
    record Decision(int order, Reason reason) {
    }
}
