package edu.meridian.programmes.briefing;

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
import java.util.Map;
import java.util.UUID;

/** Briefings: the office runs them; everyone signed in reads the announced ones (planned ones are the office's). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/briefings")
@Tag(name = "Briefings")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.STUDENT, Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class BriefingResource {

    private final BriefingService service;
    private final RegistrationService registrations;
    private final Versions versions;

    BriefingResource(BriefingService service, RegistrationService registrations) {
        this.service = service;
        this.registrations = registrations;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("state") public BriefingState state;
        @QueryParam("campus") public Campus campus;
        @QueryParam("format") public BriefingFormat format;
        @QueryParam("partner") @Parameter(description = "An institution id: only briefings where it presents")
        public UUID partner;
        @QueryParam("upcoming") @Parameter(description = "true: only briefings that have not ended yet")
        public Boolean upcoming;
        @QueryParam("sort") @DefaultValue("-startsAt")
        @Pattern(regexp = "-?(title|titleZh|startsAt|state|createdAt|updatedAt)",
                message = "must be one of title, titleZh, startsAt, state, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listBriefings",
            summary = "List briefings, filtered by state, campus, format, presenting partner, upcoming and title (q), sorted and paged")
    public Page<BriefingResponse> list(@Valid @BeanParam ListQuery query) {
        Page<Briefing> page = service.search(new BriefingFilter(query.q, query.state, query.campus, query.format,
                query.partner, Boolean.TRUE.equals(query.upcoming),
                !service.isOffice(), query.sort), query.page, query.size);
        return page.map(bodies(page.items()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBriefing",
            summary = "One briefing: when (local time and instant), where, presenting partners, places taken and left, the caller's registration")
    @APIResponseSchema(value = BriefingResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "createBriefing",
            summary = "Plan a briefing: online with a link or on a campus, local date and times, capacity, presenting partners")
    @APIResponseSchema(value = BriefingResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid BriefingRequest request) {
        Briefing briefing = service.create(request.toContent());
        return Responses.created("/api/programmes/briefings/" + briefing.id, body(briefing), briefing.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "updateBriefing", summary = "Change a planned or open briefing (If-Match with its ETag)")
    @APIResponseSchema(value = BriefingResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid BriefingRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "transitionBriefing",
            summary = "Move a briefing: planned → registration_open → held (once started); planned | registration_open → cancelled (with a reason)")
    @APIResponseSchema(value = BriefingResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        BriefingState to = Enums.parse(BriefingState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @GET
    @Path("/my-registrations")
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "listMyBriefingRegistrations", summary = "The caller's own briefing registrations, newest first")
    public List<RegistrationResponse> mine() {
        return registrations.mine().stream().map(registration -> RegistrationResponse.from(registration,
                registrations.allowedTransitions(registration, service.get(registration.briefingId)))).toList();
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "listBriefingVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "getBriefingVersion", summary = "One version of a briefing, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
            Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "compareBriefingVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private java.util.function.Function<Briefing, BriefingResponse> bodies(List<Briefing> briefings) {
        var presenters = service.presentersOf(briefings);
        Map<UUID, Long> taken = service.placesTaken(briefings);
        Map<UUID, Registration> mine = service.myRegistrations();
        return briefing -> BriefingResponse.from(briefing, service.zone(), taken.getOrDefault(briefing.id, 0L),
                presenters, service.allowedTransitions(briefing), mine.get(briefing.id));
    }

    private BriefingResponse body(Briefing briefing) {
        return bodies(List.of(briefing)).apply(briefing);
    }

    private Response ok(Briefing briefing) {
        return Responses.withVersion(body(briefing), briefing.version);
    }
}
