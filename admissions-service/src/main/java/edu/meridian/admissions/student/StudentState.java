package edu.meridian.admissions.student;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code enrolled → suspended | graduated | withdrawn}; a suspension ends by returning to {@code enrolled} or by
 * withdrawal. Graduation and withdrawal are final.
 */
public enum StudentState {
    enrolled, suspended, graduated, withdrawn;

    public Set<StudentState> next() {
        return switch (this) {
            case enrolled -> EnumSet.of(suspended, graduated, withdrawn);
            case suspended -> EnumSet.of(enrolled, withdrawn);
            case graduated, withdrawn -> EnumSet.noneOf(StudentState.class);
        };
    }

    /** A suspension and a withdrawal are recorded with the office's reason. */
    public boolean needsReason() {
        return this == suspended || this == withdrawn;
    }
}
