package edu.meridian.programmes.selection;

import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The office sees every reviewer assignment of a call at once, as on one application (ReviewerResource). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/calls/{callId}/assignments")
@Tag(name = "Review")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class CallAssignmentsResource {

    private final ReviewService service;

    CallAssignmentsResource(ReviewService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCallAssignments",
            summary = "Every reviewer assignment of a call, by application then reviewer, with conflicts and scores")
    public List<AssignmentResponse> assignments(@PathParam("callId") UUID callId) {
        return service.ofCall(callId).stream()
                .map(assignment -> AssignmentResponse.from(assignment, null, null, AssignmentResponse.OFFICE))
                .toList();
    }
}
