package edu.meridian.partners.institution;

import java.util.EnumSet;
import java.util.Set;

/** {@code prospective → active → inactive}; an inactive partner can be reactivated. */
public enum InstitutionStatus {
    prospective, active, inactive;

    public Set<InstitutionStatus> next() {
        return switch (this) {
            case prospective -> EnumSet.of(active, inactive);
            case active -> EnumSet.of(inactive);
            case inactive -> EnumSet.of(active);
        };
    }
}
