package edu.meridian.persistence;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The versions endpoints of an aggregate with history, the same for every one of them. A resource keeps the three
 * JAX-RS methods (their paths, roles and documentation) and delegates each in one line:
 * <pre>
 * GET …/{id}/versions                     → list(id)
 * GET …/{id}/versions/{version}           → get(id, version)
 * GET …/{id}/versions/compare?from=&amp;to=   → compare(id, from, to)
 * </pre>
 * Each first checks that the record exists, so an unknown id is a 404 of the record, not an empty history.
 */
public final class Versions {

    private final Revisions revisions;
    private final String aggregateType;
    private final Consumer<UUID> requireExists;

    Versions(Revisions revisions, String aggregateType, Consumer<UUID> requireExists) {
        this.revisions = revisions;
        this.aggregateType = aggregateType;
        this.requireExists = requireExists;
    }

    /** Every version, oldest first, without snapshots. */
    public List<RevisionResponse> list(UUID id) {
        requireExists.accept(id);
        return revisions.of(aggregateType, id).stream().map(RevisionResponse::summary).toList();
    }

    /** One version with its snapshot; 404 when there is no such version. */
    public RevisionResponse get(UUID id, long version) {
        requireExists.accept(id);
        return RevisionResponse.full(revisions.get(aggregateType, id, version));
    }

    /** The fields that differ from version {@code from} to version {@code to}. */
    public RevisionResponse.Comparison compare(UUID id, long from, long to) {
        requireExists.accept(id);
        return new RevisionResponse.Comparison(from, to, revisions.compare(aggregateType, id, from, to));
    }
}
