package edu.meridian.persistence;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One version in a record's history: who changed what, when; the snapshot only when one version is asked for.
 * {@code changedByName} and {@code changedByNameZh} are the person's names when they made the change (none for a job).
 */
public record RevisionResponse(long version, String action, String reason, List<String> changedFields, String changedBy,
        String changedByName, String changedByNameZh, Instant changedAt, JsonNode snapshot) {

    public static RevisionResponse summary(Revision revision) {
        return new RevisionResponse(revision.number, revision.action, revision.reason, revision.changedFields,
                revision.changedBy, revision.changedByName, revision.changedByNameZh, revision.changedAt, null);
    }

    public static RevisionResponse full(Revision revision) {
        return new RevisionResponse(revision.number, revision.action, revision.reason, revision.changedFields,
                revision.changedBy, revision.changedByName, revision.changedByNameZh, revision.changedAt,
                revision.snapshot);
    }

    /** The differences between two versions. */
    public record Comparison(long from, long to, List<Revisions.Change> changes) {
    }
}
