package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationService;
import edu.meridian.programmes.call.CallService;
import edu.meridian.web.Disclosure;
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
import java.util.UUID;

/**
 * A reviewer's own assignments: they list them, read what they score, score it and declare conflicts of interest. An
 * application they are not assigned to is a 404 to them. (The office assigns them: {@link ReviewerResource}.)
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/reviews/my-assignments")
@Tag(name = "Review")
@RolesAllowed(Roles.REVIEWER)
public class ReviewResource {

    private final ReviewService service;
    private final ApplicationService applications;
    private final CallService calls;

    ReviewResource(ReviewService service, ApplicationService applications, CallService calls) {
        this.service = service;
        this.applications = applications;
        this.calls = calls;
    }

    @GET
    @Operation(operationId = "listMyAssignments",
            summary = "The signed-in reviewer's assignments, optionally of one call, oldest first, paged")
    public Page<AssignmentResponse> mine(@QueryParam("callId") UUID callId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return service.mine(callId, page, size)
                .map(assignment -> AssignmentResponse.from(assignment, calls.get(assignment.callId), null,
                        AssignmentResponse.LIST));
    }

    @GET
    @Path("/{applicationId}")
    @Operation(operationId = "getMyAssignment",
            summary = "One of the signed-in reviewer's assignments: the criteria, their scores and what they score")
    @APIResponseSchema(value = AssignmentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("applicationId") UUID applicationId) {
        return ok(service.mine(applicationId));
    }

    @PUT
    @Path("/{applicationId}/scores")
    @Operation(operationId = "scoreMyAssignment",
            summary = "Score an assigned application per criterion, 0–100 (If-Match with the assignment's ETag)")
    @APIResponseSchema(value = AssignmentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response score(@PathParam("applicationId") UUID applicationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ScoresRequest request) {
        return ok(service.score(applicationId, ifMatch, request.scores()));
    }

    @POST
    @Path("/{applicationId}/conflict")
    @Operation(operationId = "declareConflictOfInterest",
            summary = "Declare a conflict of interest with an assigned application: the scores are dropped and the reviewer no longer counts (If-Match)")
    @APIResponseSchema(value = AssignmentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response declareConflict(@PathParam("applicationId") UUID applicationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ConflictRequest request) {
        return ok(service.declareConflict(applicationId, ifMatch, request.reason()));
    }

    private Response ok(Assignment assignment) {
        Application application = service.applicationOf(assignment);
        AssignmentResponse.AssignedApplication scored = AssignmentResponse.AssignedApplication.of(application,
                applications.institutionsOf(List.of(application)));
        return Responses.withVersion(AssignmentResponse.from(assignment, calls.get(assignment.callId), scored,
                Disclosure.ALL), assignment.version);
    }
}
