package edu.meridian.web;

/** Optimistic locking over HTTP: the ETag is the record's version; updates must send it back in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
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
        if (!tag.equals("*") && !tag.equals(of(currentVersion))) {
            throw ProblemException.preconditionFailed();
        }
    }
}
