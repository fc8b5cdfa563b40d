package edu.meridian.programmes.grant;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code awarded → paid → repaid}, or {@code awarded → withdrawn}: a grant is awarded, its instalments are paid one by
 * one until it is {@code paid}; money paid back (a stay cut short) makes it {@code repaid}; an award taken back before
 * anything was paid is {@code withdrawn}.
 */
public enum GrantState {
    awarded, paid, repaid, withdrawn;

    public Set<GrantState> next() {
        return switch (this) {
            case awarded -> EnumSet.of(paid, withdrawn);
            case paid -> EnumSet.of(repaid);
            case repaid, withdrawn -> EnumSet.noneOf(GrantState.class);
        };
    }

    /** Whether the grant still counts as money given: awarded or paid, not withdrawn or paid back. */
    public boolean counts() {
        return this == awarded || this == paid;
    }
}
