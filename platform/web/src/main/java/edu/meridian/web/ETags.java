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

    /** Fails with 428 without If-Match and 412 when it does not name the current version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals("*") && !tag.equals("\"" + currentVersion + "\"")) {
            throw ProblemException.preconditionFailed();
        }
    }
}
