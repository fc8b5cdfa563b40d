package edu.meridian.programmes.selection;

/** What a reviewer may do with an application: only an assigned reviewer without a declared conflict sees and scores it. */
public enum ReviewAccess {
    /** Assigned, no conflict declared: may read the application, score it and declare a conflict. */
    ASSIGNED,
    /** Assigned but declared a conflict of interest: may no longer score it (the service answers 409). */
    CONFLICT_DECLARED,
    /** Not assigned: may not see that it exists (the service answers 404). */
    NOT_ASSIGNED;

    public boolean mayScore() {
        return this == ASSIGNED;
    }
}
