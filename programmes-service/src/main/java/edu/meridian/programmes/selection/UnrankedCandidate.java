package edu.meridian.programmes.selection;

import java.util.List;

/** An application that cannot be ranked yet, with what is missing: {@code no-reviewer} or {@code scores-missing}. */
public record UnrankedCandidate(Candidate candidate, List<Reason> missing) {

    public UnrankedCandidate {
        missing = List.copyOf(missing);
    }
}
