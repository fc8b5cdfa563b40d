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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Intakes of degree programmes: kept by admissions officers and office admins, read by everyone in admissions. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/intakes")
@Tag(name = "Intakes")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER, Roles.LEADERSHIP, Roles.APPLICANT,
        Roles.CAMPUS_SYSTEM})
public class IntakeResource {

    private final ProgrammeService service;
    private final Versions versions;

    IntakeResource(ProgrammeService service) {
        this.service = service;
        this.versions = service.intakeVersions();
    }

    @GET
    @Operation(operationId = "listIntakes", summary = "Intakes, the soonest start first, of one programme or all, "
            + "open ones only if asked, of programmes whose code contains q (or of the programme whose id q is)")
    public Page<IntakeResponse> list(@QueryParam("programmeId") UUID programmeId,
            @QueryParam("open") @Parameter(description = "true: only intakes taking applications today") Boolean open,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return service.intakes(programmeId, Boolean.TRUE.equals(open), q, page, size).map(this::body);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIntake", summary = "One intake with its programme, window and places")
    @APIResponseSchema(value = IntakeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        Intake intake = service.intake(id);
        return Responses.withVersion(body(intake), intake.version);
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "createIntake", summary = "Add an intake to a programme (one per start day)")
    @APIResponseSchema(value = IntakeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid IntakeRequest request) {
        Intake intake = service.createIntake(request.programmeId(), request.toContent());
        return Responses.created("/api/admissions/intakes/" + intake.id, body(intake), intake.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "updateIntake", summary = "Change an intake's start, window or places (If-Match with its ETag)")
    @APIResponseSchema(value = IntakeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IntakeRequest request) {
        Intake intake = service.updateIntake(id, ifMatch, request.programmeId(), request.toContent());
        return Responses.withVersion(body(intake), intake.version);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "listIntakeVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "getIntakeVersion", summary = "One version of an intake, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "compareIntakeVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private IntakeResponse body(Intake intake) {
        return service.disclosure().apply(IntakeResponse.from(intake, service.programme(intake.programmeId), service.today()));
    }
}
