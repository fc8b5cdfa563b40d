package edu.meridian.visits.delegation;

/** What kind of visit a delegation is; only official delegations need approval long in advance. */
public enum DelegationCategory {
    official_delegation, academic_visit, partner_visit, lecture, clinical_apprenticeship, summer_school_group;

    public boolean needsAdvanceNotice() {
        return this == official_delegation;
    }
}
