package edu.meridian.programmes.grant;

import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Enums;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import edu.meridian.web.TransitionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Grants: the office awards and pays them; whoever sees a mobility (its participant, its unit's liaison, campus
 * systems such as finance) reads its grants; the office reads a call's budget against what is awarded.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/grants")
@Tag(name = "Grants")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class GrantResource {

    private final GrantService service;
    private final Versions versions;

    GrantResource(GrantService service) {
        this.service = service;
        this.versions = service.versions();
    }

    @GET
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "listGrants",
            summary = "The grants of a mobility the caller may see; the office and campus systems also of a call, or all")
    public Page<GrantResponse> list(@QueryParam("mobilityId") UUID mobilityId, @QueryParam("callId") UUID callId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return service.search(mobilityId, callId, page, size)
                .map(grant -> GrantResponse.from(grant, service.allowedTransitions(grant), service.disclosure()));
    }

    @GET
    @Path("/funding")
    @Operation(operationId = "getCallFunding",
            summary = "A call's budget against the grants awarded to its mobilities (drawing on it, and from other funders)")
    public FundingResponse funding(@QueryParam("callId") @NotNull UUID callId) {
        return FundingResponse.from(service.funding(callId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "getGrant", summary = "One grant of a mobility the caller may see")
    @APIResponseSchema(value = GrantResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Operation(operationId = "awardGrant",
            summary = "Award a grant to a mobility; refused (409) when it would exceed the budget of the mobility's call")
    @APIResponseSchema(value = GrantResponse.class, responseCode = "201", responseDescription = "Created")
    public Response award(@NotNull @Valid GrantRequest request) {
        Grant grant = service.award(request.toContent());
        return Responses.created("/api/programmes/grants/" + grant.id, body(grant), grant.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateGrant",
            summary = "Change an awarded grant and record its instalments as they are paid (If-Match with its ETag)")
    @APIResponseSchema(value = GrantResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid GrantRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionGrant",
            summary = "Move a grant: paid (every instalment paid), repaid or withdrawn (with a reason)")
    @APIResponseSchema(value = GrantResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        return ok(service.transition(id, ifMatch, Enums.parse(GrantState.class, "to", request.to()), request.reason()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listGrantVersions", summary = "The history of changes: who, when, why, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getGrantVersion", summary = "One version of a grant, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @Operation(operationId = "compareGrantVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private GrantResponse body(Grant grant) {
        return GrantResponse.from(grant, service.allowedTransitions(grant), service.disclosure());
    }

    private Response ok(Grant grant) {
        return Responses.withVersion(body(grant), grant.version);
    }
}
