package edu.meridian.programmes.application;

import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.call.Call;
import edu.meridian.web.Csv;
import edu.meridian.web.CsvExport;
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
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.UUID;

/**
 * Applications: students, teachers and international applicants apply and see their own; the office sees and moves
 * all of them; a college liaison sees the submitted applications of their unit; campus systems read the facts.
 * Reviewers (with their assignments) come with the review work; documents are ApplicationDocumentResource's.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/applications")
@Tag(name = "Applications")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
        Roles.APPLICANT, Roles.CAMPUS_SYSTEM})
public class ApplicationResource {

    private final ApplicationService service;
    private final Versions versions;

    ApplicationResource(ApplicationService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional; each caller lists only what they may see. */
    public static class ListQuery {
        @QueryParam("callId") public UUID callId;
        @QueryParam("state") public ApplicationState state;
        @QueryParam("destination") @Parameter(description = "An institution id: only applications that chose it")
        public UUID destination;
        @QueryParam("unit") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a unit code") public String unit;
        @QueryParam("sort") @DefaultValue("-submittedAt")
        @Pattern(regexp = "-?(submittedAt|state|applicant|homeUnit|createdAt|updatedAt)",
                message = "must be one of submittedAt, state, applicant, homeUnit, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listApplications",
            summary = "List the applications the caller may see (their own, their unit's, all), by call, state, destination and unit")
    public Page<ApplicationResponse> list(@Valid @BeanParam ListQuery query) {
        Page<Application> page = service.search(query.callId, query.state, query.destination, query.unit, query.sort,
                query.page, query.size);
        var institutions = service.institutionsOf(page.items());
        Map<UUID, Call> calls = service.callsOf(page.items());
        return page.map(application -> ApplicationResponse.from(application, institutions,
                service.allowedTransitions(application, calls.get(application.callId)), service.disclosure(application)));
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(operationId = "exportApplications",
            summary = "A call's applications as CSV (UTF-8 with BOM, for Excel), with the list filters; never the statements")
    public Response export(@QueryParam("callId") @NotNull UUID callId, @Valid @BeanParam ExportQuery query) {
        Viewer viewer = service.viewer();
        ApplicationFilter filter = new ApplicationFilter(callId, query.state, query.destination, query.unit,
                viewer.scope(), "applicant");
        return CsvExport.stream("applications-" + service.today() + ".csv", ApplicationCsv.HEADER, (page, size) -> {
            List<Application> applications = service.search(filter, page, size).items();
            var institutions = service.institutionsOf(applications);
            return applications.stream()
                    .map(application -> ApplicationCsv.row(application, institutions, viewer.disclosure(application)))
                    .toList();
        });
    }

    /** The export's filters besides the call. */
    public static class ExportQuery {
        @QueryParam("state") public ApplicationState state;
        @QueryParam("destination") public UUID destination;
        @QueryParam("unit") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a unit code") public String unit;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication", summary = "One application, as much of it as the caller may see")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT})
    @Operation(operationId = "createApplication",
            summary = "Draft an application to an open call, as the signed-in applicant (one per person and call)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid ApplicationRequest request) {
        Application application = service.create(request.toContent());
        return Responses.created("/api/programmes/applications/" + application.id, body(application),
                application.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT})
    @Operation(operationId = "updateApplication",
            summary = "Change one's own draft before the call's deadline (If-Match with its ETag)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT})
    @Operation(operationId = "transitionApplication",
            summary = "Move an application: the applicant submits (checked for eligibility) or withdraws; the office reviews, selects, nominates, records the host's answer, confirms")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        ApplicationState to = Enums.parse(ApplicationState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    // The versions endpoints are declared here (as calls do) for their operationIds; each checks, through
    // service.get, that the caller may see the application (another person's is a 404).

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.APPLICANT})
    @Operation(operationId = "listApplicationVersions",
            summary = "The history of changes: who, when, why, which fields (never the statement or the GPA; not for campus systems)")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.APPLICANT})
    @Operation(operationId = "getApplicationVersion", summary = "One version of an application, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.APPLICANT})
    @Operation(operationId = "compareApplicationVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private ApplicationResponse body(Application application) {
        Call call = service.callsOf(List.of(application)).get(application.callId);
        return ApplicationResponse.from(application, service.institutionsOf(List.of(application)),
                service.allowedTransitions(application, call), service.disclosure(application));
    }

    private Response ok(Application application) {
        return Responses.withVersion(body(application), application.version);
    }
}
