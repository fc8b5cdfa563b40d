package edu.meridian.messaging;

/**
 * When an event replaces what the projection holds. Every event of the suite carries the full state of its aggregate and
 * the aggregate's version after it, which never decreases; events may come again (at-least-once) and, after a
 * redelivery, behind later ones. So the newest version wins and an older one is ignored. A deletion carries the
 * version of the record it deleted, so it also wins over the same version.
 */
public final class ProjectionRules {

    private ProjectionRules() {
    }

    /**
     * @param held     the version the projection holds, or null when it holds nothing for the aggregate
     * @param incoming the event's {@code data.version}
     * @param deletion whether the event deleted the aggregate
     */
    public static boolean replaces(Long held, long incoming, boolean deletion) {
        if (held == null) {
            return true;
        }
        return incoming > held || deletion && incoming == held;
    }
}
