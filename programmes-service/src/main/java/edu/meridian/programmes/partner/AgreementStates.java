package edu.meridian.programmes.partner;

import java.util.Set;

/** What this service reads from partners' agreement states; a state it does not know is not in force. */
public final class AgreementStates {

    /** A call may open, and stay open, for destinations under an agreement in one of these. */
    public static final Set<String> IN_FORCE = Set.of("active", "expiring");

    /** The agreement has ended: open calls for it are flagged. */
    public static final Set<String> ENDED = Set.of("expired", "terminated");

    private AgreementStates() {
    }

    public static boolean inForce(String state) {
        return IN_FORCE.contains(state);
    }

    public static boolean ended(String state) {
        return ENDED.contains(state);
    }
}
