package edu.meridian.programmes.call;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;

/** Calls: the office runs them; everyone signed in reads the published ones (drafts are the office's). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/calls")
@Tag(name = "Calls")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.STUDENT, Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class CallResource {

    private final CallService service;
    private final Versions versions;

    CallResource(CallService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("schemeId") public UUID schemeId;
        @QueryParam("state") public CallState state;
        @QueryParam("academicYear") @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2026/27")
        public String academicYear;
        @QueryParam("partner") @Parameter(description = "An institution id: only calls with it among their destinations")
        public UUID partner;
        @QueryParam("flagged") @Parameter(description = "true: only calls with a destination whose agreement has ended")
        public Boolean flagged;
        @QueryParam("sort") @DefaultValue("-opensOn")
        @Pattern(regexp = "-?(title|titleZh|opensOn|closesOn|academicYear|state|createdAt|updatedAt)",
                message = "must be one of title, titleZh, opensOn, closesOn, academicYear, state, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listCalls",
            summary = "List calls, filtered by scheme, state, academic year, partner, flags and title (q), sorted and paged")
    public Page<CallResponse> list(@Valid @BeanParam ListQuery query) {
        Page<Call> page = service.search(new CallFilter(query.q, query.schemeId, query.state, query.academicYear,
                query.partner, query.flagged, !service.isOffice(), query.sort), query.page, query.size);
        var institutions = service.institutionsOf(page.items());
        var agreements = service.agreementsOf(page.items());
        return page.map(call -> CallResponse.from(call, institutions, agreements, service.allowedTransitions(call),
                service.seesInternals()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCall", summary = "One call, each destination with the places its agreement offers")
    @APIResponseSchema(value = CallResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "createCall",
            summary = "Draft a call of a scheme; places above what an agreement offers need an overrideReason")
    @APIResponseSchema(value = CallResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid CallRequest request) {
        Call call = service.create(request.toContent());
        return Responses.created("/api/programmes/calls/" + call.id, body(call), call.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "updateCall", summary = "Change a draft or open call (If-Match with its ETag)")
    @APIResponseSchema(value = CallResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CallRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "transitionCall",
            summary = "Move a call: draft → open → closed → in_selection → results_published → archived")
    @APIResponseSchema(value = CallResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        CallState to = Enums.parse(CallState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "listCallVersions",
            summary = "The history of changes: who, when, which fields (not for applicants: it holds reviewers and budget)")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "getCallVersion", summary = "One version of a call, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "compareCallVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private CallResponse body(Call call) {
        return CallResponse.from(call, service.institutionsOf(List.of(call)), service.agreementsOf(List.of(call)),
                service.allowedTransitions(call), service.seesInternals());
    }

    private Response ok(Call call) {
        return Responses.withVersion(body(call), call.version);
    }
}
