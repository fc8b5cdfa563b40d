package edu.meridian.visits.delegation;

import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Enums;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delegations: the office runs all of them, a college liaison those of their unit (others' are 404 for them),
 * leadership reads them, campus systems read the facts.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/visits/delegations")
@Tag(name = "Delegations")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.CAMPUS_SYSTEM})
public class DelegationResource {

    private final DelegationService service;
    private final Versions versions;

    DelegationResource(DelegationService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("state") public DelegationState state;
        @QueryParam("category") public DelegationCategory category;
        @QueryParam("hostUnit") @Size(max = 100) public String hostUnit;
        @QueryParam("from") @Parameter(description = "Only visits not over before this day")
        public LocalDate from;
        @QueryParam("to") @Parameter(description = "Only visits that begin on or before this day")
        public LocalDate to;
        @QueryParam("sort") @DefaultValue("-arrival")
        @Pattern(regexp = "-?(title|titleZh|arrival|state|createdAt|updatedAt)",
                message = "must be one of title, titleZh, arrival, state, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listDelegations",
            summary = "List delegations, filtered by state, category, host unit, days and title (q), sorted and paged")
    public Page<DelegationResponse> list(@Valid @BeanParam ListQuery query) {
        Page<Delegation> page = service.search(new DelegationFilter(query.q, query.state, query.category,
                query.hostUnit, query.from, query.to, null, query.sort), query.page, query.size);
        Map<UUID, List<ItineraryItem>> itineraries = service.itineraries(page.items());
        Map<UUID, GuestPassport> passports = service.passports(page.items());
        return page.map(delegation -> body(delegation, itineraries.getOrDefault(delegation.id, List.of()), passports));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelegation",
            summary = "One delegation with its guests, itinerary, budget, gifts, allowed transitions and report")
    @APIResponseSchema(value = DelegationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(operationId = "requestDelegation", summary = "Request a delegation's visit. An official delegation "
            + "arriving less than 90 days from today is refused (409 urn:meridian:problem:short-notice with daysAhead, "
            + "requiredDays and earliestArrival) unless an office admin gives noticeOverrideReason")
    @APIResponseSchema(value = DelegationResponse.class, responseCode = "201", responseDescription = "Created")
    public Response request(@NotNull @Valid DelegationRequest request) {
        Delegation delegation = service.request(request.toContent());
        return Responses.created("/api/visits/delegations/" + delegation.id,
                body(delegation, List.of(), service.passports(List.of(delegation))), delegation.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(operationId = "updateDelegation",
            summary = "Change a delegation until its report is given (If-Match with its ETag); the 90-day rule applies again")
    @APIResponseSchema(value = DelegationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DelegationRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(operationId = "transitionDelegation", summary = "Move a delegation: requested → approved | rejected "
            + "(office only) → scheduled → ongoing (from arrival) → completed (from departure) → reported (with report); "
            + "cancelled until it starts. Reject and cancel need a reason (If-Match with its ETag)")
    @APIResponseSchema(value = DelegationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DelegationTransitionRequest request) {
        DelegationState to = Enums.parse(DelegationState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason(), request.report()));
    }

    @GET
    @Path("/reports-due")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "listDelegationReportsDue",
            summary = "Completed visits whose summary report is owed (due 15 days after departure), oldest first")
    public Page<ReportDue> reportsDue(
            @QueryParam("overdue") @Parameter(description = "true: only reports past their due day") Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return service.reportsDue(Boolean.TRUE.equals(overdue), page, size);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "listDelegationVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "getDelegationVersion", summary = "One version of a delegation, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "compareDelegationVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private DelegationResponse body(Delegation delegation, List<ItineraryItem> itinerary,
            Map<UUID, GuestPassport> passports) {
        return service.disclosure().apply(DelegationResponse.from(delegation, itinerary, passports, service.zone(),
                service.allowedTransitions(delegation)));
    }

    private Response ok(Delegation delegation) {
        List<ItineraryItem> itinerary = service.itineraries(List.of(delegation)).getOrDefault(delegation.id, List.of());
        return Responses.withVersion(body(delegation, itinerary, service.passports(List.of(delegation))),
                delegation.version);
    }
}
