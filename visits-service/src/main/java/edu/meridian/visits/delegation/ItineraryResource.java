package edu.meridian.visits.delegation;

import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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

/**
 * A delegation's itinerary: read by those who read the whole delegation (not campus systems), changed by the office
 * and the host unit's liaison. A double booking of a host, interpreter or venue is refused with 409
 * {@code urn:meridian:problem:double-booking} listing the {@code conflicts}, unless the request says
 * {@code ?confirm=true}; the item is then saved with the conflicts it was confirmed with.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/visits/delegations/{delegationId}/itinerary")
@Tag(name = "Delegations")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
public class ItineraryResource {

    private static final String CONFIRM = "true: keep the item although its host, interpreter or venue is booked "
            + "elsewhere at an overlapping time (the conflicts are stored with it); without it such an item is refused "
            + "with 409 double-booking listing the conflicts";

    private final ItineraryService service;

    ItineraryResource(ItineraryService service) {
        this.service = service;
    }

    /** Shaped like every list (items, total, page, size), in time order, all on one page. */
    public record ItineraryList(List<ItineraryItemResponse> items, long total, int page, int size) {
    }

    @GET
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "listItineraryItems", summary = "The delegation's itinerary in time order, filtered by title (q)")
    public ItineraryList list(@PathParam("delegationId") UUID delegationId,
            @QueryParam("q") @Size(max = 200) String q) {
        List<ItineraryItemResponse> items = service.list(delegationId, q).stream()
                .map(item -> ItineraryItemResponse.from(item, service.zone())).toList();
        return new ItineraryList(items, items.size(), 0, Math.max(1, items.size()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
    @Operation(operationId = "getItineraryItem", summary = "One itinerary item with the conflicts it was confirmed with")
    @APIResponseSchema(value = ItineraryItemResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("delegationId") UUID delegationId, @PathParam("id") UUID id) {
        return ok(service.get(delegationId, id));
    }

    @POST
    @Operation(operationId = "addItineraryItem",
            summary = "Add a meeting, lecture, tour or banquet on a day of the visit; double bookings need ?confirm=true")
    @APIResponseSchema(value = ItineraryItemResponse.class, responseCode = "201", responseDescription = "Created")
    public Response add(@PathParam("delegationId") UUID delegationId,
            @QueryParam("confirm") @Parameter(description = CONFIRM) Boolean confirm,
            @NotNull @Valid ItineraryRequest request) {
        ItineraryItem item = service.add(delegationId, request.toContent(), Boolean.TRUE.equals(confirm));
        return Responses.created("/api/visits/delegations/" + delegationId + "/itinerary/" + item.id,
                ItineraryItemResponse.from(item, service.zone()), item.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateItineraryItem",
            summary = "Change an itinerary item (If-Match with its ETag); double bookings need ?confirm=true")
    @APIResponseSchema(value = ItineraryItemResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("delegationId") UUID delegationId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("confirm") @Parameter(description = CONFIRM) Boolean confirm,
            @NotNull @Valid ItineraryRequest request) {
        return ok(service.update(delegationId, id, ifMatch, request.toContent(), Boolean.TRUE.equals(confirm)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeItineraryItem", summary = "Remove an itinerary item (If-Match with its ETag)")
    public Response remove(@PathParam("delegationId") UUID delegationId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(delegationId, id, ifMatch);
        return Response.noContent().build();
    }

    private Response ok(ItineraryItem item) {
        return Responses.withVersion(ItineraryItemResponse.from(item, service.zone()), item.version);
    }
}
