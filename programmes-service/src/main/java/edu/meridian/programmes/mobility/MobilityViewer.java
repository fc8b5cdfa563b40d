package edu.meridian.programmes.mobility;

import edu.meridian.programmes.mobility.MobilityRules.Actor;
import edu.meridian.web.Disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads or works on mobilities, taken from the token once (a streamed export runs after the request): the office;
 * a participant (their token subject, for students and teachers); a college liaison (their unit); a campus system.
 */
public record MobilityViewer(boolean office, String participant, String liaisonUnit, boolean campusSystem) {

    /** What campus systems do not read: who the participant is by name, the agreement, credits, report, who changed it. */
    static final Disclosure FACTS = Disclosure.withholding("participantName", "learningAgreement", "creditsRecognised",
            "report", "createdBy", "updatedBy");
    /** The unit's liaison reads the stay and its agreement, not the participant's report. */
    static final Disclosure UNIT = Disclosure.withholding("report");

    public boolean owns(Mobility mobility) {
        return participant != null && participant.equals(mobility.participantId);
    }

    boolean liaisonOf(Mobility mobility) {
        return liaisonUnit != null && liaisonUnit.equals(mobility.homeUnit);
    }

    /** Whether the caller sees the mobility at all. */
    boolean sees(Mobility mobility) {
        return office || campusSystem || owns(mobility) || liaisonOf(mobility);
    }

    Set<Actor> actors(Mobility mobility) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (owns(mobility)) {
            actors.add(Actor.PARTICIPANT);
        }
        if (liaisonOf(mobility)) {
            actors.add(Actor.UNIT_LIAISON);
        }
        if (office) {
            actors.add(Actor.OFFICE);
        }
        return actors;
    }

    Disclosure disclosure(Mobility mobility) {
        if (office || owns(mobility)) {
            return Disclosure.ALL;
        }
        return liaisonOf(mobility) ? UNIT : FACTS;
    }
}
