package edu.meridian.admissions.application;

/** An offer is unconditional, or conditional on what its conditions say (a final diploma, a test result…). */
public enum OfferKind {
    conditional, unconditional
}
