package edu.meridian.programmes.selection;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One reviewer assigned to one application, with the conflict of interest they may have declared and the scores they
 * have given so far: per criterion code, a whole number from {@value #LOWEST} to {@value #HIGHEST}. A reviewer who
 * declared a conflict counts for nothing, whatever they scored.
 */
public record Review(UUID applicationId, String reviewer, boolean conflictDeclared, Map<String, Integer> scores) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 100;

    public Review {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reviewer, "reviewer");
        scores = Map.copyOf(scores);
        scores.forEach((criterion, score) -> {
            if (score < LOWEST || score > HIGHEST) {
                throw new IllegalArgumentException("score " + score + " for " + criterion + " is not within "
                        + LOWEST + "…" + HIGHEST);
            }
        });
    }

    /** An assigned reviewer who has not scored yet. */
    public static Review assigned(UUID applicationId, String reviewer) {
        return new Review(applicationId, reviewer, false, Map.of());
    }

    /** The same assignment with a declared conflict; what was scored no longer counts. */
    public Review withConflictDeclared() {
        return new Review(applicationId, reviewer, true, Map.of());
    }
}
