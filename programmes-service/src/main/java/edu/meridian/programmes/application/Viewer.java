package edu.meridian.programmes.application;

import edu.meridian.programmes.application.ApplicationRules.Actor;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads or moves applications, taken from the token once (so that a streamed export, which runs after the
 * request, still knows): the office; an applicant (their token subject); a college liaison (their unit); a campus
 * system.
 */
record Viewer(boolean office, String applicant, String liaisonUnit, boolean campusSystem) {

    ApplicationScope scope() {
        return office ? new ApplicationScope(true, null, null, false)
                : new ApplicationScope(false, applicant, liaisonUnit, campusSystem);
    }

    boolean owns(Application application) {
        return applicant != null && applicant.equals(application.applicantId);
    }

    Set<Actor> actors(Application application) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (owns(application)) {
            actors.add(Actor.APPLICANT);
        }
        if (office) {
            actors.add(Actor.OFFICE);
        }
        return actors;
    }

    Disclosure disclosure(Application application) {
        if (office || owns(application)) {
            return Disclosure.PERSONAL;
        }
        return liaisonUnit != null && liaisonUnit.equals(application.homeUnit) ? Disclosure.UNIT : Disclosure.FACTS;
    }
}
