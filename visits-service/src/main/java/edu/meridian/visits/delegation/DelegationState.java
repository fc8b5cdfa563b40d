package edu.meridian.visits.delegation;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code requested → approved | rejected → scheduled → ongoing → completed → reported | cancelled}. A visit can be
 * cancelled until it starts; once it is over, only its report is left to give.
 */
public enum DelegationState {
    requested, approved, rejected, scheduled, ongoing, completed, reported, cancelled;

    public Set<DelegationState> next() {
        return switch (this) {
            case requested -> EnumSet.of(approved, rejected, cancelled);
            case approved -> EnumSet.of(scheduled, cancelled);
            case scheduled -> EnumSet.of(ongoing, cancelled);
            case ongoing -> EnumSet.of(completed);
            case completed -> EnumSet.of(reported);
            case rejected, reported, cancelled -> EnumSet.noneOf(DelegationState.class);
        };
    }

    /** The visit took place and its summary report is still owed. */
    public boolean owesReport() {
        return this == completed;
    }
}
