package edu.meridian.partners.jointprogramme;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code planned → approved → enrolling → closed}; a planned or approved programme may also be closed (abandoned, or
 * its approval lapsed). Closed is final: a programme that restarts needs a new approval, and so a new record.
 */
public enum JointProgrammeStatus {
    planned, approved, enrolling, closed;

    public Set<JointProgrammeStatus> next() {
        return switch (this) {
            case planned -> EnumSet.of(approved, closed);
            case approved -> EnumSet.of(enrolling, closed);
            case enrolling -> EnumSet.of(closed);
            case closed -> EnumSet.noneOf(JointProgrammeStatus.class);
        };
    }

    /** Whether a programme in this status must carry its approval (certificate number, authority, validity). */
    public boolean needsApproval() {
        return this == approved || this == enrolling;
    }
}
