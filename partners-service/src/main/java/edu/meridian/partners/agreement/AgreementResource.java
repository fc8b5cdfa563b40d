package edu.meridian.partners.agreement;

import edu.meridian.partners.institution.Institution;
import edu.meridian.persistence.Versions;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Csv;
import edu.meridian.web.CsvExport;
import edu.meridian.web.Enums;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/partners/agreements")
@Tag(name = "Agreements")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class AgreementResource {

    private static final String AGGREGATE = "agreement";

    private final AgreementService service;
    private final Versions versions;

    AgreementResource(AgreementService service) {
        this.service = service;
        this.versions = service.versions();
    }

    /** The list filters, all optional, kept in the SPA's URL; {@code state} may be repeated. The export ignores paging. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("kind") public String kind;
        @QueryParam("state") public List<String> states;
        @QueryParam("partnerId") public String partnerId;
        @QueryParam("signingUnit") @Size(max = 60) public String signingUnit;
        @QueryParam("owner") @Size(max = 100) public String owner;
        @QueryParam("expiringWithinDays") @Min(0) @Max(3650) public Integer expiringWithinDays;
        @QueryParam("sort") @DefaultValue(AgreementFilter.DEFAULT_SORT)
        @Pattern(regexp = "-?(referenceCode|title|titleZh|kind|state|effectiveDate|expiryDate|createdAt|updatedAt)",
                message = "must be one of referenceCode, title, titleZh, kind, state, effectiveDate, expiryDate, "
                        + "createdAt, updatedAt, optionally with - first")
        public String sort;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;

        AgreementFilter filter() {
            return new AgreementFilter(blankToNull(q), Enums.parse(AgreementKind.class, "kind", kind),
                    states == null ? List.of() : states.stream().filter(state -> !state.isBlank())
                            .map(state -> Enums.parse(AgreementState.class, "state", state)).distinct().toList(),
                    partnerId == null || partnerId.isBlank() ? null : uuid("partnerId", partnerId),
                    blankToNull(signingUnit), blankToNull(owner), expiringWithinDays, sort);
        }
    }

    @GET
    @Operation(summary = "List agreements, filtered (q, kind, state…, partnerId, signingUnit, owner, expiringWithinDays), sorted and paged")
    public Page<AgreementSummary> list(@Valid @BeanParam ListQuery query) {
        Page<Agreement> page = service.search(query.filter(), query.page, query.size);
        var partners = service.partnersOf(page.items());
        return page.map(agreement -> service.disclosure(agreement).apply(AgreementSummary.from(agreement, partners)));
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The agreements matching the list filters as CSV (UTF-8 with BOM, for Excel)")
    public Response export(@Valid @BeanParam ListQuery query) {
        AgreementFilter filter = query.filter();
        return CsvExport.stream("agreements-" + service.today() + ".csv", AgreementCsv.HEADER, (page, size) -> {
            List<Agreement> agreements = service.search(filter, page, size).items();
            Map<UUID, Institution> partners = service.partnersOf(agreements);
            return agreements.stream()
                    .map(agreement -> AgreementCsv.row(agreement, partners, service.disclosure(agreement))).toList();
        });
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.read(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Draft an agreement; a reference code such as AGR-2026-0042 is generated when none is given")
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid AgreementRequest request) {
        Agreement agreement = service.create(request.toContent());
        return Responses.created("/api/partners/agreements/" + agreement.id, body(agreement), agreement.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Edit a draft, or amend an agreement in force (a new version; the state stays); needs If-Match")
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AgreementRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Delete an agreement that was never signed and has no documents (a signed one can only be "
            + "terminated; one with documents is kept, 409 has-documents)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Move the agreement along its lifecycle (see allowedTransitions); needs If-Match")
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        AgreementState to = Enums.parse(AgreementState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @POST
    @Path("/{id}/renewal")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Draft the renewal of an agreement: a successor with the same content and dates moved on")
    @APIResponseSchema(value = AgreementResponse.class, responseCode = "201", responseDescription = "Created")
    public Response renew(@PathParam("id") UUID id) {
        Agreement successor = service.renew(id);
        return Responses.created("/api/partners/agreements/" + successor.id, body(successor), successor.version);
    }

    @Path("/{id}/versions")
    public Versions versions() {
        return versions;
    }

    private AgreementResponse body(Agreement agreement) {
        return service.disclosure(agreement).apply(AgreementResponse.from(agreement, service.partnersOf(List.of(agreement)),
                service.successorIdOf(agreement.id).orElse(null), service.allowedTransitions(agreement),
                service.allowedActions(agreement)));
    }

    private Response ok(Agreement agreement) {
        return Responses.withVersion(body(agreement), agreement.version);
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, FieldErrorCode.ID, "must be an id (UUID)");
        }
    }
}
