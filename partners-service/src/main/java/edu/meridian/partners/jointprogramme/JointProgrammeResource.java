package edu.meridian.partners.jointprogramme;

import edu.meridian.partners.institution.Institution;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    private final Versions versions;

    JointProgrammeResource(JointProgrammeService service) {
        this.service = service;
        this.versions = service.versions();
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
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;

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
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Record a joint programme (中外合作办学) as planned; the foreign partner must be a registered institution")
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid JointProgrammeRequest request) {
        JointProgramme programme = service.create(request.toContent());
        return Responses.created("/api/partners/joint-programmes/" + programme.id, body(programme), programme.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid JointProgrammeRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Change the status: planned → approved → enrolling → closed; closing needs a reason")
    @APIResponseSchema(value = JointProgrammeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        JointProgrammeStatus to = Enums.parse(JointProgrammeStatus.class, "to", request.to());
        return ok(service.changeStatus(id, ifMatch, to, request.reason()));
    }

    @Path("/{id}/versions")
    public Versions versions() {
        return versions;
    }

    private JointProgrammeResponse body(JointProgramme programme) {
        return JointProgrammeResponse.from(programme, service.partnerOf(programme).orElse(null),
                service.allowedTransitions(programme));
    }

    private Response ok(JointProgramme programme) {
        return Responses.withVersion(body(programme), programme.version);
    }
}
