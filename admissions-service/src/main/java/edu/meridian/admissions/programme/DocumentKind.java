package edu.meridian.admissions.programme;

/** The documents a programme may require of its applicants; each application document is of one kind. */
public enum DocumentKind {
    passport,
    diploma,
    transcript,
    language_certificate,
    physical_examination,
    non_criminal_record,
    financial_guarantee,
    recommendation_letter,
    study_plan
}
