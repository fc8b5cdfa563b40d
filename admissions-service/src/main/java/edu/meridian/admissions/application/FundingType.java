package edu.meridian.admissions.application;

/**
 * How the applicant's studies are paid: themselves; a Chinese Government Scholarship of type A (applied for through
 * a dispatching authority of their country, such as an embassy or a ministry) or type B (directly to the university);
 * a foreign government's sponsorship; a scholarship of the university.
 */
public enum FundingType {
    self_funded, csc_type_a, csc_type_b, foreign_government, university_scholarship;

    /** Holders of a Chinese Government Scholarship get a JW201 visa form, all others a JW202. */
    public boolean chineseGovernmentScholarship() {
        return this == csc_type_a || this == csc_type_b;
    }
}
