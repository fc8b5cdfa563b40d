package edu.meridian.persistence;

import edu.meridian.web.Disclosure;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The versions endpoints of an aggregate with history, the same for every one of them: a JAX-RS sub-resource that a
 * resource mounts with one locator, which also gives these endpoints its roles and its OpenAPI tag:
 * <pre>{@code
 * @Path("/{id}/versions")
 * public Versions versions() {
 *     return versions;    // service.versions(), kept by the resource
 * }
 * }</pre>
 * It serves {@code …/{id}/versions}, {@code …/{id}/versions/{version}} and {@code …/{id}/versions/compare?from=&to=}.
 * Each first checks that the record exists, so an unknown id is a 404 of the record, not an empty history, and asks
 * what the caller may read of it: the withheld fields are left out of the snapshots, the changed fields and the
 * comparisons, and {@link #REASON} and {@link #CHANGED_BY} name the revision's own reason and author.
 * A bean (made by {@link Revisions#versions}) so that its parameters are validated like any endpoint's.
 */
@Dependent
public class Versions {

    /** Withholding this field withholds the reason given for a change (a send-back's review comment, say). */
    public static final String REASON = "reason";
    /** Withholding this field withholds who made each change. */
    public static final String CHANGED_BY = "changedBy";

    private final Revisions revisions;
    private String aggregateType;
    private Function<UUID, Disclosure> disclosureOf;

    Versions(Revisions revisions) {
        this.revisions = revisions;
    }

    Versions of(String aggregateType, Function<UUID, Disclosure> disclosureOf) {
        this.aggregateType = Objects.requireNonNull(aggregateType);
        this.disclosureOf = Objects.requireNonNull(disclosureOf);
        return this;
    }

    @GET
    @Operation(summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> list(@PathParam("id") UUID id) {
        Disclosure disclosure = disclosureOf.apply(id);
        return revisions.of(aggregateType, id).stream()
                .map(revision -> disclosed(RevisionResponse.summary(revision), disclosure)).toList();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One version with the record as it was")
    public RevisionResponse get(@PathParam("id") UUID id, @PathParam("version") long version) {
        Disclosure disclosure = disclosureOf.apply(id);
        return disclosed(RevisionResponse.full(revisions.get(aggregateType, id, version)), disclosure);
    }

    @GET
    @Path("/compare")
    @Operation(summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Min(1) Long from, @QueryParam("to") @NotNull @Min(1) Long to) {
        Disclosure disclosure = disclosureOf.apply(id);
        return new RevisionResponse.Comparison(from, to, revisions.compare(aggregateType, id, from, to).stream()
                .filter(change -> disclosure.showsPath(change.field())).toList());
    }

    private static RevisionResponse disclosed(RevisionResponse revision, Disclosure disclosure) {
        return new RevisionResponse(revision.version(), revision.action(), disclosure.of(REASON, revision.reason()),
                revision.changedFields().stream().filter(disclosure::showsPath).toList(),
                // The names of whoever changed it are disclosed exactly when their user name is.
                disclosure.of(CHANGED_BY, revision.changedBy()), disclosure.of(CHANGED_BY, revision.changedByName()),
                disclosure.of(CHANGED_BY, revision.changedByNameZh()), revision.changedAt(),
                revision.snapshot() == null ? null : disclosure.apply(revision.snapshot()));
    }
}
