package edu.meridian.programmes.selection;

import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.UUID;

/**
 * The ranking and allocation of a call, run and read by the office; publishing is the call's move to
 * results_published, and each application's result is then {@link ResultResource}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/calls/{callId}/allocation")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
@Tag(name = "Allocation")
public class AllocationResource {

    private final AllocationService service;

    AllocationResource(AllocationService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "allocateCall",
            summary = "Rank the call's applications and allocate its places (201); the same inputs give back the stored allocation (200)")
    @APIResponseSchema(value = AllocationResponse.class, responseCode = "201", responseDescription = "Created")
    public Response allocate(@PathParam("callId") UUID callId) {
        AllocationService.Outcome outcome = service.allocate(callId);
        AllocationResponse body = AllocationResponse.from(service.stored(callId));
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "/api/programmes/calls/" + callId + "/allocation").entity(body).build();
    }

    @GET
    @Operation(operationId = "getCallAllocation",
            summary = "The call's stored allocation: every application's rank, outcome and explanation, and whether its inputs are current")
    public AllocationResponse get(@PathParam("callId") UUID callId) {
        return AllocationResponse.from(service.stored(callId));
    }

}
