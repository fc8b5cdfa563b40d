package edu.meridian.admissions.scholarship;

import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

/**
 * Scholarship holdings and their annual reviews: kept by admissions officers and office admins, read by office staff;
 * a student reads their own holdings (anyone else's is a 404). A student's holdings: {@link StudentScholarshipResource}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/scholarships")
@Tag(name = "Scholarships")
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class ScholarshipResource {

    private final ScholarshipService service;

    ScholarshipResource(ScholarshipService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listScholarships", summary = "Scholarship holdings, the latest change first, filtered by type and state")
    public Page<ScholarshipResponse> list(@QueryParam("type") ScholarshipType type,
            @QueryParam("state") ScholarshipState state,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        Page<Scholarship> found = service.search(type, state, page, size);
        Map<UUID, List<ScholarshipReview>> reviews = service.reviews(found.items());
        return found.map(scholarship -> ScholarshipResponse.from(scholarship,
                reviews.getOrDefault(scholarship.id, List.of())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT})
    @Operation(operationId = "getScholarship", summary = "One holding with its annual reviews")
    @APIResponseSchema(value = ScholarshipResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "updateScholarship", summary = "Correct a holding (If-Match with its ETag)")
    @APIResponseSchema(value = ScholarshipResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ScholarshipRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "reviewScholarship", summary = "Record the annual review (年度评审) of one academic year: "
            + "continued, reduced (with the new amount), suspended or terminated; once per year (409 review-exists). "
            + "If-Match with the holding's ETag")
    @APIResponseSchema(value = ScholarshipResponse.class, responseCode = "200", responseDescription = "OK")
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviewRequest request) {
        return ok(service.review(id, ifMatch, request.academicYear(), request.outcome(), request.newAmount(),
                request.comment()));
    }

    private Response ok(Scholarship scholarship) {
        return Responses.withVersion(ScholarshipResponse.from(scholarship,
                service.reviews(List.of(scholarship)).getOrDefault(scholarship.id, List.of())), scholarship.version);
    }
}
