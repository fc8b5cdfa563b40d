package edu.meridian.programmes.mobility;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code planned → ongoing → completed → recognised | cancelled}: a stay is planned until the participant arrives,
 * ongoing while they are there, completed when they have left, recognised once the credits earned are recognised at
 * home. A planned or ongoing stay can be cancelled (called off, or cut short); a completed one is history.
 */
public enum MobilityState {
    planned, ongoing, completed, recognised, cancelled;

    public Set<MobilityState> next() {
        return switch (this) {
            case planned -> EnumSet.of(ongoing, cancelled);
            case ongoing -> EnumSet.of(completed, cancelled);
            case completed -> EnumSet.of(recognised);
            case recognised, cancelled -> EnumSet.noneOf(MobilityState.class);
        };
    }

    /** The learning agreement can still change: before the stay and during it. */
    public boolean agreementOpen() {
        return this == planned || this == ongoing;
    }
}
