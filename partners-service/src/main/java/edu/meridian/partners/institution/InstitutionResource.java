package edu.meridian.partners.institution;

import edu.meridian.persistence.Versions;
import edu.meridian.web.Disclosure;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/partners/institutions")
@Tag(name = "Institutions")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class InstitutionResource {

    private final InstitutionService service;
    private final Versions versions;

    InstitutionResource(InstitutionService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional, kept in the SPA's URL. */
    public static class ListQuery {
        @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) public String q;
        @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") public String country;
        @QueryParam("kind") public InstitutionKind kind;
        @QueryParam("status") public InstitutionStatus status;
        @QueryParam("tag") public String tag;
        @QueryParam("owner") public String owner;
        @QueryParam("expiringWithinDays") @Min(0) @Max(3650) public Integer expiringWithinDays;
        @QueryParam("sort") @DefaultValue("name")
        @Pattern(regexp = "-?(name|nameZh|country|status|createdAt|updatedAt|nearestExpiry)",
                message = "must be one of name, nameZh, country, status, createdAt, updatedAt, nearestExpiry, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;

        InstitutionFilter filter() {
            return new InstitutionFilter(q, country, kind, status, tag, owner, expiringWithinDays, sort);
        }
    }

    @GET
    @Operation(summary = "List institutions, filtered, sorted and paged, with active agreements and nearest expiry")
    public Page<InstitutionSummary> list(@Valid @BeanParam ListQuery query) {
        Disclosure disclosure = service.disclosure();
        return service.search(query.filter(), query.page, query.size)
                .map(listed -> disclosure.apply(InstitutionSummary.from(listed.institution(), listed.stats())));
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = InstitutionResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Register an institution; a probable duplicate is refused unless confirmDuplicate=true")
    @APIResponseSchema(value = InstitutionResponse.class, responseCode = "201", responseDescription = "Created")
    public Response register(@NotNull @Valid InstitutionRequest request,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        Institution institution = service.register(request.toContent(), confirmDuplicate);
        return Responses.created("/api/partners/institutions/" + institution.id, body(institution),
                institution.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @APIResponseSchema(value = InstitutionResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InstitutionRequest request,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        return ok(service.update(id, ifMatch, request.toContent(), confirmDuplicate));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Change the status: prospective, active or inactive")
    @APIResponseSchema(value = InstitutionResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        InstitutionStatus to = Enums.parse(InstitutionStatus.class, "to", request.to());
        return ok(service.changeStatus(id, ifMatch, to, request.reason()));
    }

    @DELETE
    @Path("/{id}/contacts/{contactId}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Erase a contact person (personal data) from the institution")
    @APIResponseSchema(value = InstitutionResponse.class, responseCode = "200",
            responseDescription = "The institution without the contact")
    public Response eraseContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        return ok(service.eraseContact(id, contactId));
    }

    @Path("/{id}/versions")
    public Versions versions() {
        return versions;
    }

    private InstitutionResponse body(Institution institution) {
        return service.disclosure().apply(InstitutionResponse.from(institution, service.statsOf(institution.id),
                service.allowedTransitions(institution)));
    }

    private Response ok(Institution institution) {
        return Responses.withVersion(body(institution), institution.version);
    }
}
