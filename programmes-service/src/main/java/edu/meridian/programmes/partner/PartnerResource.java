package edu.meridian.programmes.partner;

import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The partners projection, read-only: what destinations a scheme or call can name, and what their agreements offer. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/partners")
@Tag(name = "Partners")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.CAMPUS_SYSTEM})
public class PartnerResource {

    private final PartnerService service;

    PartnerResource(PartnerService service) {
        this.service = service;
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        public String country;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listPartners",
            summary = "List partner institutions known from partners' events, with their agreements and the places they offer")
    public Page<PartnerResponse> list(@Valid @BeanParam ListQuery query) {
        Page<PartnerInstitution> page = service.search(query.q, query.country, query.page, query.size);
        Map<UUID, List<PartnerAgreement>> agreements = service.agreementsOf(
                page.items().stream().map(institution -> institution.id).toList());
        return page.map(institution -> PartnerResponse.from(institution, agreements.get(institution.id)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartner", summary = "One partner institution with its agreements")
    public PartnerResponse get(@PathParam("id") UUID id) {
        PartnerInstitution institution = service.get(id);
        return PartnerResponse.from(institution, service.agreementsOf(List.of(id)).get(id));
    }
}
