package edu.meridian.programmes.scheme;

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

/** Schemes are what students and partners hear about; everyone signed in reads them, the office runs them. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/schemes")
@Tag(name = "Schemes")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.STUDENT, Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class SchemeResource {

    private final SchemeService service;
    private final Versions versions;

    SchemeResource(SchemeService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("kind") public SchemeKind kind;
        @QueryParam("partner") @Parameter(description = "An institution id: only schemes with it among their destinations")
        public UUID partner;
        @QueryParam("sort") @DefaultValue("title")
        @Pattern(regexp = "-?(title|titleZh|kind|createdAt|updatedAt)",
                message = "must be one of title, titleZh, kind, createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;

        SchemeFilter filter() {
            return new SchemeFilter(q, kind, partner, sort);
        }
    }

    @GET
    @Operation(operationId = "listSchemes", summary = "List schemes, filtered by kind, destination partner and title (q), sorted and paged")
    public Page<SchemeResponse> list(@Valid @BeanParam ListQuery query) {
        Page<Scheme> page = service.search(query.filter(), query.page, query.size);
        var institutions = service.institutionsOf(page.items());
        var agreements = service.agreementsOf(page.items());
        return page.map(scheme -> SchemeResponse.from(scheme, institutions, agreements));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScheme", summary = "One scheme with its destinations")
    @APIResponseSchema(value = SchemeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "createScheme",
            summary = "Record a scheme; each destination is a known partner with an agreement that names it")
    @APIResponseSchema(value = SchemeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid SchemeRequest request) {
        Scheme scheme = service.create(request.toContent());
        return Responses.created("/api/programmes/schemes/" + scheme.id, body(scheme), scheme.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "updateScheme", summary = "Change a scheme (If-Match with its ETag)")
    @APIResponseSchema(value = SchemeResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SchemeRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listSchemeVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getSchemeVersion", summary = "One version of a scheme, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @Operation(operationId = "compareSchemeVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private SchemeResponse body(Scheme scheme) {
        return SchemeResponse.from(scheme, service.institutionsOf(List.of(scheme)), service.agreementsOf(List.of(scheme)));
    }

    private Response ok(Scheme scheme) {
        return Responses.withVersion(body(scheme), scheme.version);
    }
}
