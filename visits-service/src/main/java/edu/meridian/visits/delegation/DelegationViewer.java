package edu.meridian.visits.delegation;

import edu.meridian.visits.delegation.DelegationRules.Actor;
import edu.meridian.web.Disclosure;

import java.util.Optional;

/**
 * Who reads or runs delegations, from the token: the office (an admin may also accept short notice), the college
 * liaison of a unit (that unit's delegations only), leadership (reads all), a campus system (reads the facts).
 */
record DelegationViewer(boolean office, boolean admin, String liaisonUnit, boolean leadership, boolean campusSystem) {

    /** What a campus system reads: dates, category, unit, counts and countries; no people, money, words or gifts. */
    static final Disclosure FACTS = Disclosure.withholding("purpose", "guests", "itinerary", "hospitalityBudget",
            "actualCost", "gifts", "noticeOverrideReason", "noticeOverriddenBy", "report", "createdBy", "updatedBy");

    /** A delegation this caller may not see at all is, for them, one that does not exist. */
    boolean sees(Delegation delegation) {
        return office || leadership || campusSystem || liaisonUnit != null && liaisonUnit.equals(delegation.hostUnit);
    }

    /** Whether all delegations are visible; otherwise only those of {@link #liaisonUnit}. */
    boolean seesAll() {
        return office || leadership || campusSystem;
    }

    Optional<Actor> actor(Delegation delegation) {
        if (office) {
            return Optional.of(Actor.OFFICE);
        }
        return liaisonUnit != null && liaisonUnit.equals(delegation.hostUnit) ? Optional.of(Actor.LIAISON)
                : Optional.empty();
    }

    Disclosure disclosure() {
        return office || leadership || liaisonUnit != null ? Disclosure.ALL : FACTS;
    }
}
