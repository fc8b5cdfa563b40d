package edu.meridian.admissions.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code draft → submitted → documents_complete → under_review → offer_conditional | offer_unconditional |
 * waitlisted | rejected → offer_accepted | offer_declined → admission_letter_issued → arrived → registered}; an
 * application may be withdrawn until the applicant is registered. A waitlisted application can still get an offer or
 * be rejected; a conditional offer can be joined by an unconditional one (another choice, or conditions met).
 */
public enum ApplicationState {
    draft, submitted, documents_complete, under_review, offer_conditional, offer_unconditional, waitlisted, rejected,
    offer_accepted, offer_declined, admission_letter_issued, arrived, registered, withdrawn;

    public Set<ApplicationState> next() {
        return switch (this) {
            case draft -> EnumSet.of(submitted, withdrawn);
            case submitted -> EnumSet.of(documents_complete, withdrawn);
            case documents_complete -> EnumSet.of(under_review, withdrawn);
            case under_review -> EnumSet.of(offer_conditional, offer_unconditional, waitlisted, rejected, withdrawn);
            case waitlisted -> EnumSet.of(offer_conditional, offer_unconditional, rejected, withdrawn);
            case offer_conditional -> EnumSet.of(offer_unconditional, offer_accepted, offer_declined, withdrawn);
            case offer_unconditional -> EnumSet.of(offer_accepted, offer_declined, withdrawn);
            case offer_accepted -> EnumSet.of(admission_letter_issued, withdrawn);
            case admission_letter_issued -> EnumSet.of(arrived, withdrawn);
            case arrived -> EnumSet.of(registered, withdrawn);
            case rejected, offer_declined, registered, withdrawn -> EnumSet.noneOf(ApplicationState.class);
        };
    }

    /** An offer is open to the applicant's answer. */
    public boolean holdsOffers() {
        return this == offer_conditional || this == offer_unconditional;
    }

    /** The office may make (more) offers: while it reviews, waitlists, or has made offers not yet answered. */
    public boolean takesOffers() {
        return this == under_review || this == waitlisted || holdsOffers();
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
