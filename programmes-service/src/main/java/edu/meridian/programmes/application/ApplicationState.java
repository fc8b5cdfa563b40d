package edu.meridian.programmes.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code draft → submitted → eligible | ineligible → under_review → selected | waitlisted | rejected → nominated →
 * accepted_by_host | rejected_by_host → confirmed | withdrawn}. {@code submitted} lasts only as long as the automatic
 * eligibility check, which runs in the same request. The office may admit an ineligible application with a reason,
 * and moves a waitlisted one on when a place frees up. An applicant may withdraw until they are confirmed (or their
 * application has ended: ineligible, rejected, rejected by the host).
 */
public enum ApplicationState {
    draft, submitted, eligible, ineligible, under_review, selected, waitlisted, rejected, nominated, accepted_by_host,
    rejected_by_host, confirmed, withdrawn;

    /** Where the application can go from here, whoever moves it ({@link ApplicationRules} says who may). */
    public Set<ApplicationState> next() {
        Set<ApplicationState> next = switch (this) {
            case draft -> EnumSet.of(submitted);
            case submitted -> EnumSet.of(eligible, ineligible);
            case eligible -> EnumSet.of(under_review);
            case ineligible -> EnumSet.of(eligible);
            case under_review -> EnumSet.of(selected, waitlisted, rejected);
            case waitlisted -> EnumSet.of(selected, rejected);
            case selected -> EnumSet.of(nominated);
            case nominated -> EnumSet.of(accepted_by_host, rejected_by_host);
            case accepted_by_host -> EnumSet.of(confirmed);
            case rejected, rejected_by_host, confirmed, withdrawn -> EnumSet.noneOf(ApplicationState.class);
        };
        if (withdrawable()) {
            next.add(withdrawn);
        }
        return next;
    }

    /** The applicant can still step back: anything before confirmation that has not ended. */
    public boolean withdrawable() {
        return switch (this) {
            case draft, eligible, under_review, selected, waitlisted, nominated, accepted_by_host -> true;
            case submitted, ineligible, rejected, rejected_by_host, confirmed, withdrawn -> false;
        };
    }

    /** Only the applicant sees a draft; everyone else who may see the application sees it from submission on. */
    public boolean submitted() {
        return this != draft;
    }
}
