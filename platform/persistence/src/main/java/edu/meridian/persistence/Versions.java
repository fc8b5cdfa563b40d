package edu.meridian.persistence;

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
import java.util.function.Consumer;

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
 * Each first checks that the record exists, so an unknown id is a 404 of the record, not an empty history.
 * A bean (made by {@link Revisions#versions}) so that its parameters are validated like any endpoint's.
 */
@Dependent
public class Versions {

    private final Revisions revisions;
    private String aggregateType;
    private Consumer<UUID> requireExists;

    Versions(Revisions revisions) {
        this.revisions = revisions;
    }

    Versions of(String aggregateType, Consumer<UUID> requireExists) {
        this.aggregateType = Objects.requireNonNull(aggregateType);
        this.requireExists = Objects.requireNonNull(requireExists);
        return this;
    }

    @GET
    @Operation(summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> list(@PathParam("id") UUID id) {
        requireExists.accept(id);
        return revisions.of(aggregateType, id).stream().map(RevisionResponse::summary).toList();
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One version with the record as it was")
    public RevisionResponse get(@PathParam("id") UUID id, @PathParam("version") long version) {
        requireExists.accept(id);
        return RevisionResponse.full(revisions.get(aggregateType, id, version));
    }

    @GET
    @Path("/compare")
    @Operation(summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Min(1) Long from, @QueryParam("to") @NotNull @Min(1) Long to) {
        requireExists.accept(id);
        return new RevisionResponse.Comparison(from, to, revisions.compare(aggregateType, id, from, to));
    }
}
