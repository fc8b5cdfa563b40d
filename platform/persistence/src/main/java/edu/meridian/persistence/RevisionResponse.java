package edu.meridian.persistence;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** One version in a record's history: who changed what, when; the snapshot only when one version is asked for. */
public record RevisionResponse(long version, String action, String reason, List<String> changedFields, String changedBy,
        Instant changedAt, JsonNode snapshot) {

    public static RevisionResponse summary(Revision revision) {
        return new RevisionResponse(revision.number, revision.action, revision.reason, revision.changedFields,
                revision.changedBy, revision.changedAt, null);
    }

    public static RevisionResponse full(Revision revision) {
        return new RevisionResponse(revision.number, revision.action, revision.reason, revision.changedFields,
                revision.changedBy, revision.changedAt, revision.snapshot);
    }

    /** The differences between two versions. */
    public record Comparison(long from, long to, List<Revisions.Change> changes) {
    }
}
