package edu.meridian.admissions.scholarship;

/** The outcome of an annual review (年度评审) and the state it leaves the holding in. */
public enum ReviewOutcome {
    /** Passed: paid on as before. */
    continued,
    /** Passed with a lower amount from now on. */
    reduced,
    /** Not paid until a later review continues it. */
    suspended,
    /** Ended. */
    terminated;

    ScholarshipState state() {
        return switch (this) {
            case continued, reduced -> ScholarshipState.active;
            case suspended -> ScholarshipState.suspended;
            case terminated -> ScholarshipState.terminated;
        };
    }
}
