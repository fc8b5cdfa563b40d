package edu.meridian.web;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the ETag is the record's version; updates must send it back in If-Match. */
public final class ETags {

    private ETags() {
    }

    /** The ETag header value of a record at this version. */
    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * Fails with 428 without If-Match and 412 when it does not name the current version. The comparison is strong
     * (RFC 9110 §13.1.1): a weak tag never matches, and neither does {@code *}, which would change a record its
     * sender never read.
     */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        if (!ifMatch.trim().equals("\"" + currentVersion + "\"")) {
            throw ProblemException.preconditionFailed();
        }
    }
}
