package edu.meridian.visits.delegation;

import edu.meridian.persistence.personal.Reveal;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Guests' passports in full, for the office only: asked for with a reason in the body (never in the URL), recorded
 * before the answer, which no cache keeps. Everyone else sees them masked in the delegation.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/visits/delegations/{delegationId}")
@Tag(name = "Delegations")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class GuestPassportResource {

    private final GuestPassportService service;

    GuestPassportResource(GuestPassportService service) {
        this.service = service;
    }

    /** Why the full passport is needed (a visa invitation letter, a hotel registration…). */
    public record PassportRevealRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** One reading of a passport in full: which guest, who, when, why. */
    public record PassportRevealResponse(String field, String reason, String revealedBy, Instant revealedAt) {

        static PassportRevealResponse from(Reveal reveal) {
            return new PassportRevealResponse(reveal.field, reveal.reason, reveal.revealedBy, reveal.revealedAt);
        }
    }

    @POST
    @Path("/guests/{guestId}/passport/reveal")
    @Operation(operationId = "revealGuestPassport", summary = "A guest's passport number and expiry in full, for the "
            + "office, with a reason; the reading is recorded (who, when, which guest, why)")
    @APIResponseSchema(value = GuestPassportService.RevealedPassport.class, responseCode = "200",
            responseDescription = "OK")
    public Response reveal(@PathParam("delegationId") UUID delegationId, @PathParam("guestId") UUID guestId,
            @NotNull @Valid PassportRevealRequest request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(service.reveal(delegationId, guestId, request.reason())).cacheControl(noStore).build();
    }

    @GET
    @Path("/passport-reveals")
    @RolesAllowed(Roles.OFFICE_ADMIN)
    @Operation(operationId = "listGuestPassportReveals",
            summary = "Who read which guest's passport of this delegation in full, when and why, the latest first")
    public List<PassportRevealResponse> reveals(@PathParam("delegationId") UUID delegationId) {
        return service.reveals(delegationId).stream().map(PassportRevealResponse::from).toList();
    }
}
