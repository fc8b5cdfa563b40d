package edu.meridian.programmes.briefing;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code registered → attended | absent | cancelled}; attendance may be corrected ({@code attended ↔ absent}).
 * Only a registration that is not cancelled takes a place.
 */
public enum RegistrationState {
    registered, attended, absent, cancelled;

    public Set<RegistrationState> next() {
        return switch (this) {
            case registered -> EnumSet.of(attended, absent, cancelled);
            case attended -> EnumSet.of(absent);
            case absent -> EnumSet.of(attended);
            case cancelled -> EnumSet.noneOf(RegistrationState.class);
        };
    }

    public boolean takesAPlace() {
        return this != cancelled;
    }
}
