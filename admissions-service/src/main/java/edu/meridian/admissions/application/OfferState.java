package edu.meridian.admissions.application;

/**
 * {@code issued → accepted | declined | closed}: the applicant answers an issued offer until its deadline; accepting
 * one closes the others, and so does withdrawing the application.
 */
public enum OfferState {
    issued, accepted, declined, closed
}
