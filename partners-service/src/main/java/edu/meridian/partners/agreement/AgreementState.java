package edu.meridian.partners.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code draft → under_review → approved → signed → active → expiring → expired | renewed | terminated}.
 * People move an agreement along {@link #byPeople()}; the expiry job and renewals make the others.
 */
public enum AgreementState {
    draft, under_review, approved, signed, active, expiring, expired, renewed, terminated;

    /** The states a person (with the right role) may move an agreement to from this one. */
    public Set<AgreementState> byPeople() {
        return switch (this) {
            case draft -> EnumSet.of(under_review);
            case under_review -> EnumSet.of(draft, approved);
            case approved -> EnumSet.of(signed, terminated);
            case signed -> EnumSet.of(active, terminated);
            case active, expiring -> EnumSet.of(terminated);
            case expired, renewed, terminated -> EnumSet.noneOf(AgreementState.class);
        };
    }

    /** In force: counts as an active agreement of its partners. */
    public boolean inForce() {
        return this == active || this == expiring;
    }

    /** Once signed, an agreement can no longer be deleted, only terminated. */
    public boolean deletable() {
        return this == draft || this == under_review || this == approved;
    }

    public boolean ended() {
        return this == expired || this == renewed || this == terminated;
    }
}
