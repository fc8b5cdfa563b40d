package edu.meridian.programmes.selection;

import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The office assigns the call's reviewers to an application and sees their conflicts and scores. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/applications/{applicationId}/reviewers")
@Tag(name = "Review")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class ReviewerResource {

    private final ReviewService service;

    ReviewerResource(ReviewService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "assignReviewer",
            summary = "Assign one of the call's reviewers to an application in selection (it goes under review)")
    @APIResponseSchema(value = AssignmentResponse.class, responseCode = "201", responseDescription = "Created")
    public Response assign(@PathParam("applicationId") UUID applicationId, @NotNull @Valid AssignmentRequest request) {
        Assignment assignment = service.assign(applicationId, request.reviewer());
        return Responses.created("/api/programmes/applications/" + applicationId + "/reviewers",
                AssignmentResponse.from(assignment, null, null, AssignmentResponse.OFFICE), assignment.version);
    }

    @GET
    @Operation(operationId = "listApplicationReviewers",
            summary = "The reviewers assigned to an application, with their conflicts and scores")
    public List<AssignmentResponse> reviewers(@PathParam("applicationId") UUID applicationId) {
        return service.ofApplication(applicationId).stream()
                .map(assignment -> AssignmentResponse.from(assignment, null, null, AssignmentResponse.OFFICE))
                .toList();
    }
}
