package edu.meridian.programmes.briefing;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code planned → registration_open → held}, and {@code planned | registration_open → cancelled}: the office plans a
 * briefing (only the office sees it), opens it for registration (everyone signed in sees it; students and teachers
 * register), and records it as held once it has started, after which attendance is recorded. A cancelled briefing
 * takes no registrations.
 */
public enum BriefingState {
    planned, registration_open, held, cancelled;

    public Set<BriefingState> next() {
        return switch (this) {
            case planned -> EnumSet.of(registration_open, cancelled);
            case registration_open -> EnumSet.of(held, cancelled);
            case held, cancelled -> EnumSet.noneOf(BriefingState.class);
        };
    }

    /** The office may still change what, where and when. */
    public boolean editable() {
        return this == planned || this == registration_open;
    }

    /** Announced: people other than the office see it. */
    public boolean published() {
        return this != planned;
    }
}
