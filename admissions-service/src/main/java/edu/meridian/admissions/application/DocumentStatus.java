package edu.meridian.admissions.application;

/**
 * Where one required document of an application stands: {@code missing → uploaded → verified | rejected}; a rejected
 * document (with the officer's reason) is uploaded again, which makes it {@code uploaded} once more.
 */
public enum DocumentStatus {
    missing, uploaded, verified, rejected;

    /** The document is there for the office to look at, or already accepted. */
    public boolean present() {
        return this == uploaded || this == verified;
    }
}
