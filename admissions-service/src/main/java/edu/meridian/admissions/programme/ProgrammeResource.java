package edu.meridian.admissions.programme;

import edu.meridian.persistence.RevisionResponse;
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
import jakarta.validation.constraints.Size;
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

/** Degree programmes: admissions officers and office admins keep them; everyone in admissions reads them. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/programmes")
@Tag(name = "Degree programmes")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER, Roles.LEADERSHIP, Roles.APPLICANT,
        Roles.CAMPUS_SYSTEM})
public class ProgrammeResource {

    private final ProgrammeService service;
    private final Versions versions;

    ProgrammeResource(ProgrammeService service) {
        this.service = service;
        this.versions = service.programmeVersions();
    }

    @GET
    @Operation(operationId = "listDegreeProgrammes", summary = "Degree programmes by code, those whose code or name contains q")
    public Page<ProgrammeResponse> list(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        var disclosure = service.disclosure();
        return service.programmes(q, page, size).map(programme -> disclosure.apply(ProgrammeResponse.from(programme)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDegreeProgramme", summary = "One degree programme with its language minimum and required documents")
    @APIResponseSchema(value = ProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        DegreeProgramme programme = service.programme(id);
        return Responses.withVersion(service.disclosure().apply(ProgrammeResponse.from(programme)), programme.version);
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "createDegreeProgramme", summary = "Add a degree programme (its code is unique)")
    @APIResponseSchema(value = ProgrammeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid ProgrammeRequest request) {
        DegreeProgramme programme = service.create(request.toContent());
        return Responses.created("/api/admissions/programmes/" + programme.id, ProgrammeResponse.from(programme),
                programme.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "updateDegreeProgramme", summary = "Change a degree programme (If-Match with its ETag)")
    @APIResponseSchema(value = ProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProgrammeRequest request) {
        DegreeProgramme programme = service.update(id, ifMatch, request.toContent());
        return Responses.withVersion(ProgrammeResponse.from(programme), programme.version);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "listDegreeProgrammeVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "getDegreeProgrammeVersion", summary = "One version of a degree programme, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "compareDegreeProgrammeVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }
}
