package edu.meridian.admissions.application;

import java.util.EnumSet;
import java.util.Set;

import static edu.meridian.admissions.application.ApplicationState.*;

/**
 * Who moves an application through {@code POST …/transitions}: the applicant submits their draft and may withdraw;
 * an officer checks the documents, reviews, waitlists, rejects and may withdraw an application on the applicant's
 * behalf (with a reason), and records the arrival of an admitted applicant. Offers and their answers have their own
 * operations ({@link OfferRules}); the admission letter and the registration (which creates the student) are
 * recorded by the letter and student steps, not here.
 */
public final class ApplicationRules {

    public enum Actor { APPLICANT, OFFICER }

    private static final Set<ApplicationState> BY_APPLICANT = EnumSet.of(submitted, withdrawn);
    private static final Set<ApplicationState> BY_OFFICER = EnumSet.of(documents_complete, under_review, waitlisted,
            rejected, arrived, withdrawn);

    private ApplicationRules() {
    }

    /** The states this actor may move an application in {@code from} to with a transition. */
    public static Set<ApplicationState> allowed(ApplicationState from, Actor actor) {
        Set<ApplicationState> allowed = EnumSet.noneOf(ApplicationState.class);
        allowed.addAll(from.next());
        allowed.retainAll(actor == Actor.APPLICANT ? BY_APPLICANT : BY_OFFICER);
        return allowed;
    }

    /** A rejection needs the office's reason; so does a withdrawal the office makes for the applicant. */
    public static boolean needsReason(ApplicationState to, Actor actor) {
        return to == rejected || to == withdrawn && actor == Actor.OFFICER;
    }

    /** The admission letter is issued and the applicant has not withdrawn: they come, or are here. */
    public static boolean admitted(ApplicationState state) {
        return state == admission_letter_issued || state == arrived || state == registered;
    }

    /** The applicant writes their application only as a draft. */
    public static boolean editable(ApplicationState state) {
        return state == draft;
    }
}
