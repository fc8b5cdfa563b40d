package edu.meridian.programmes.call;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code draft → open → closed → in_selection → results_published → archived}: applications are taken while open,
 * reviewed in selection, and the allocation is told to applicants when results are published.
 */
public enum CallState {
    draft, open, closed, in_selection, results_published, archived;

    public Set<CallState> next() {
        return switch (this) {
            case draft -> EnumSet.of(open);
            case open -> EnumSet.of(closed);
            case closed -> EnumSet.of(in_selection);
            case in_selection -> EnumSet.of(results_published);
            case results_published -> EnumSet.of(archived);
            case archived -> EnumSet.noneOf(CallState.class);
        };
    }

    /** The office may still change what the call offers and asks for (an open call, e.g. to extend its window). */
    public boolean editable() {
        return this == draft || this == open;
    }

    /** Applicants (students, teachers) see the call; a draft is the office's alone. */
    public boolean published() {
        return this != draft;
    }
}
