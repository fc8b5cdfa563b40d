package edu.meridian.admissions.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The licensing-exam results of one group (a cohort, or an exam country). A candidate is a graduate with an exam they
 * have sat at least once; a graduate who sat two exams is two candidates. Passed at the first attempt: the earliest
 * sitting of that exam was a pass. Passed at any attempt: some sitting so far was a pass. Rates are percentages of the
 * candidates with one decimal, rounded half up, and absent when there is no candidate.
 */
public record PassRate(String group, int graduates, int candidates, int passedFirstAttempt, int passedAnyAttempt) {

    public Optional<BigDecimal> firstAttemptPercent() {
        return percent(passedFirstAttempt);
    }

    public Optional<BigDecimal> anyAttemptPercent() {
        return percent(passedAnyAttempt);
    }

    private Optional<BigDecimal> percent(int passed) {
        if (candidates == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(passed * 100L)
                .divide(BigDecimal.valueOf(candidates), 1, RoundingMode.HALF_UP));
    }
}
