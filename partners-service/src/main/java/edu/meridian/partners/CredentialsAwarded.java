package edu.meridian.partners;

/** Whose diplomas and degrees a joint programme's graduates receive. */
public enum CredentialsAwarded {
    chinese, foreign, both
}
