package edu.meridian.admissions.scholarship;

/** Who pays: the Chinese Government Scholarship (type A or B), a foreign government, the university, a province. */
public enum ScholarshipType {
    csc_type_a, csc_type_b, foreign_government, university, provincial, other
}
