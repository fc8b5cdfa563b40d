package edu.meridian.programmes.selection;

import java.util.List;

/** The ranked applications, best first, and those that cannot be ranked yet (by application id). */
public record Ranking(List<RankedCandidate> ranked, List<UnrankedCandidate> unranked) {

    public Ranking {
        ranked = List.copyOf(ranked);
        unranked = List.copyOf(unranked);
    }

    /** Whether every application is ranked, which allocation needs. */
    public boolean isComplete() {
        return unranked.isEmpty();
    }
}
