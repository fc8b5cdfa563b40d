package edu.meridian.admissions.visa;

/** {@code blank → issued → voided}, or a spoiled blank one {@code blank → voided}; never back. */
public enum VisaFormStatus {
    blank, issued, voided
}
