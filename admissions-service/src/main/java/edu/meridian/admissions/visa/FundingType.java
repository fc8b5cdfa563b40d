package edu.meridian.admissions.visa;

/** How an international student's studies are paid for, as the application records it. */
public enum FundingType {
    self_funded,
    /** Chinese Government Scholarship, type A: nominated through a dispatching authority abroad. */
    chinese_government_type_a,
    /** Chinese Government Scholarship, type B: awarded directly through the university. */
    chinese_government_type_b,
    foreign_government,
    university_scholarship
}
