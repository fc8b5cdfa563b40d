package edu.meridian.partners.jointprogramme;

import edu.meridian.partners.institution.Institution;
import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Revisions;
import edu.meridian.web.ETags;
import edu.meridian.web.Enums;
import edu.meridian.web.Page;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/partners/joint-programmes")
@Tag(name = "Joint programmes")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class JointProgrammeResource {

    private final JointProgrammeService service;
    private final Revisions revisions;

    JointProgrammeResource(JointProgrammeService service, Revisions revisions) {
        this.service = service;
        this.revisions = revisions;
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("foreignPartnerId") public UUID foreignPartnerId;
        @QueryParam("level") public JointProgrammeLevel level;
        @QueryParam("status") public JointProgrammeStatus status;
        @QueryParam("sort") @DefaultValue("name")
        @Pattern(regexp = "-?(name|nameZh|status|approvedTo|createdAt|updatedAt)",
                message = "must be one of name, nameZh, status, approvedTo, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) public int page;
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) public int size;

        JointProgrammeFilter filter() {
            return new JointProgrammeFilter(q, foreignPartnerId, level, status, sort);
        }
    }

    @GET
    @Operation(summary = "List joint programmes, filtered by foreign partner, level, status and text (q), sorted and paged")
    public Page<JointProgrammeSummary> list(@Valid @BeanParam ListQuery query) {
        Page<JointProgramme> page = service.search(query.filter(), query.page, query.size);
        Map<UUID, Institution> partners = service.partnersOf(page.items());
        return page.map(programme -> JointProgrammeSummary.from(programme, partners.get(programme.foreignPartnerId),
                service.allowedTransitions(programme)));
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return respond(service.get(id), Response.Status.OK);
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Record a joint programme (中外合作办学) as planned; the foreign partner must be a registered institution")
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid JointProgrammeRequest request) {
        JointProgramme programme = service.create(request.toContent());
        return Response.fromResponse(respond(programme, Response.Status.CREATED))
                .location(URI.create("/api/partners/joint-programmes/" + programme.id)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid JointProgrammeRequest request) {
        return respond(service.update(id, ifMatch, request.toContent()), Response.Status.OK);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Change the status: planned → approved → enrolling → closed; closing needs a reason")
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        JointProgrammeStatus to = Enums.parse(JointProgrammeStatus.class, "to", request.to());
        return respond(service.changeStatus(id, ifMatch, to, request.reason()), Response.Status.OK);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        service.get(id);
        return revisions.of(JointProgrammeService.AGGREGATE, id).stream().map(RevisionResponse::summary).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        service.get(id);
        return RevisionResponse.full(revisions.get(JointProgrammeService.AGGREGATE, id, version));
    }

    private Response respond(JointProgramme programme, Response.Status status) {
        JointProgrammeResponse body = JointProgrammeResponse.from(programme, service.partnerOf(programme).orElse(null),
                service.allowedTransitions(programme));
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON)
                .tag(ETags.of(programme.version)).build();
    }
}
