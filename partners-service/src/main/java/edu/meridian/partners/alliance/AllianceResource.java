package edu.meridian.partners.alliance;

import edu.meridian.persistence.Versions;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/partners/alliances")
@Tag(name = "Alliances")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class AllianceResource {

    private final AllianceService service;
    private final Versions versions;

    AllianceResource(AllianceService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("member") @Parameter(description = "An institution id: only alliances it is a member of")
        public UUID member;
        @QueryParam("sort") @DefaultValue("name")
        @Pattern(regexp = "-?(name|nameZh|memberSince|createdAt|updatedAt)",
                message = "must be one of name, nameZh, memberSince, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;

        AllianceFilter filter() {
            return new AllianceFilter(q, member, sort);
        }
    }

    @GET
    @Operation(summary = "List alliances, filtered by name (q) or member institution, sorted and paged")
    public Page<AllianceSummary> list(@Valid @BeanParam ListQuery query) {
        return service.search(query.filter(), query.page, query.size).map(AllianceSummary::from);
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = AllianceResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Record an alliance the university belongs to; members must be registered institutions")
    @APIResponseSchema(value = AllianceResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid AllianceRequest request) {
        Alliance alliance = service.create(request.toContent());
        return Responses.created("/api/partners/alliances/" + alliance.id, body(alliance), alliance.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @APIResponseSchema(value = AllianceResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AllianceRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE_ADMIN)
    @Operation(summary = "Delete an alliance (office-admin); its history is kept")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @Path("/{id}/versions")
    public Versions versions() {
        return versions;
    }

    private AllianceResponse body(Alliance alliance) {
        return AllianceResponse.from(alliance, service.membersOf(alliance));
    }

    private Response ok(Alliance alliance) {
        return Responses.withVersion(body(alliance), alliance.version);
    }
}
