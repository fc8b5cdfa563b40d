package edu.meridian.programmes.mobility;

import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.call.Direction;
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
import java.util.UUID;

/**
 * Mobilities: the office runs them (records inbound ones; outbound ones come from confirmed applications); a college
 * liaison reads their unit's and approves their learning agreements for the home unit; students and teachers read
 * their own, write their learning agreement and report and approve the agreement; campus systems read the facts.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/mobilities")
@Tag(name = "Mobilities")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
        Roles.CAMPUS_SYSTEM})
public class MobilityResource {

    private final MobilityService service;
    private final Versions versions;

    MobilityResource(MobilityService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The filters of the list and the export, all optional. */
    public static class Filters {
        @QueryParam("academicYear") @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2026/27")
        public String academicYear;
        @QueryParam("direction") public Direction direction;
        @QueryParam("country") @Parameter(description = "The partner's country (ISO 3166-1 alpha-2)")
        @Pattern(regexp = "[A-Z]{2}", message = "must be a country code such as SG") public String country;
        @QueryParam("state") public MobilityState state;
        @QueryParam("unit") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a unit code") public String unit;
        @QueryParam("applicationId") @Parameter(description = "The application a mobility was confirmed from")
        public UUID applicationId;

        MobilityFilter filter(MobilityViewer viewer, String sort) {
            return new MobilityFilter(academicYear, direction, country, state, unit, applicationId, viewer, sort);
        }
    }

    /** Sorting and paging of the list. */
    public static class Paging {
        @QueryParam("sort") @DefaultValue("-plannedStart")
        @Pattern(regexp = "-?(plannedStart|academicYear|state|participant|homeUnit|createdAt|updatedAt)",
                message = "must be one of plannedStart, academicYear, state, participant, homeUnit, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listMobilities",
            summary = "List the mobilities the caller may see (their own, their unit's, all), by academic year, direction, destination country, state, unit and application")
    public Page<MobilityResponse> list(@Valid @BeanParam Filters filters, @Valid @BeanParam Paging paging) {
        MobilityViewer viewer = service.viewer();
        Page<Mobility> page = service.search(filters.filter(viewer, paging.sort), paging.page, paging.size);
        var institutions = service.institutionsOf(page.items());
        return page.map(mobility -> MobilityResponse.from(mobility, institutions, service.allowedTransitions(mobility),
                service.approvableBy(mobility), viewer.disclosure(mobility)));
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(operationId = "exportMobilities",
            summary = "Mobilities as CSV (UTF-8 with BOM, for Excel), with the list filters; never the reports")
    public Response export(@Valid @BeanParam Filters filters) {
        MobilityViewer viewer = service.viewer();
        MobilityFilter filter = filters.filter(viewer, "academicYear,plannedStart");
        return CsvExport.stream("mobilities-" + service.today() + ".csv", MobilityCsv.HEADER, (page, size) -> {
            List<Mobility> mobilities = service.search(filter, page, size).items();
            var institutions = service.institutionsOf(mobilities);
            return mobilities.stream()
                    .map(mobility -> MobilityCsv.row(mobility, institutions, viewer.disclosure(mobility))).toList();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMobility", summary = "One mobility, as much of it as the caller may see")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "createInboundMobility",
            summary = "Record an exchange student or teacher coming to us (outbound mobilities come from confirmed applications)")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid InboundMobilityRequest request) {
        Mobility mobility = service.createInbound(request.toContent());
        return Responses.created("/api/programmes/mobilities/" + mobility.id, body(mobility), mobility.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "updateMobility",
            summary = "Record the partner, planned and actual dates and the credits recognised (If-Match with its ETag)")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MobilityRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "transitionMobility",
            summary = "Move a mobility: started (ongoing), completed, recognised, or cancelled with a reason")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        MobilityState to = Enums.parse(MobilityState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @PUT
    @Path("/{id}/learning-agreement")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "updateLearningAgreement",
            summary = "List the courses of the learning agreement, as the participant or the office; a changed list voids the approvals")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response reviseAgreement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LearningAgreementRequest request) {
        return ok(service.reviseAgreement(id, ifMatch, request.toCourses()));
    }

    @POST
    @Path("/{id}/learning-agreement/approvals")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "approveLearningAgreement",
            summary = "Approve the learning agreement for a party: the participant for the student, the unit's liaison for home, the office for the host")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApprovalRequest request) {
        return ok(service.approve(id, ifMatch, Enums.parse(Party.class, "party", request.party())));
    }

    @PUT
    @Path("/{id}/report")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "writeMobilityReport", summary = "Write the participant's report, during or after the stay")
    @APIResponseSchema(value = MobilityResponse.class, responseCode = "200", responseDescription = "OK")
    public Response writeReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportRequest request) {
        return ok(service.writeReport(id, ifMatch, request.report().strip()));
    }

    // The versions endpoints are declared here (as applications do) for their operationIds; each checks, through
    // service.get, that the caller may see the mobility (another person's is a 404).

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "listMobilityVersions",
            summary = "The history of changes: who, when, why, which fields (never the report's text; not for campus systems)")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "getMobilityVersion", summary = "One version of a mobility, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY})
    @Operation(operationId = "compareMobilityVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private MobilityResponse body(Mobility mobility) {
        return MobilityResponse.from(mobility, service.institutionsOf(List.of(mobility)),
                service.allowedTransitions(mobility), service.approvableBy(mobility), service.disclosure(mobility));
    }

    private Response ok(Mobility mobility) {
        return Responses.withVersion(body(mobility), mobility.version);
    }
}
