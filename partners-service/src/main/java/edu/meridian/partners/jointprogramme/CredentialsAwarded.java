package edu.meridian.partners.jointprogramme;

/** Whose diplomas and degrees a joint programme's graduates receive. */
public enum CredentialsAwarded {
    chinese, foreign, both
}
