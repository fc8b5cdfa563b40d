package edu.meridian.admissions.application;

import edu.meridian.persistence.personal.Reveal;
import edu.meridian.persistence.personal.Reveals;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
 * The applicant's passport number in full: every other response masks it. Officers read it with a reason, and each
 * reading is recorded; office admins see who read it.
 */
@Path("/api/admissions/applications/{id}/passport")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
public class ApplicationPassportResource {

    private final ApplicationService service;

    ApplicationPassportResource(ApplicationService service) {
        this.service = service;
    }

    /** Why the full number is needed (the JW202 form, a visa invitation…). */
    public record RevealRequest(@NotBlank @Size(max = Reveals.MAX_REASON) String reason) {
    }

    /** One reading of the passport in full: who, when, why. */
    public record RevealResponse(String field, String reason, String revealedBy, Instant revealedAt) {

        static RevealResponse from(Reveal reveal) {
            return new RevealResponse(reveal.field, reveal.reason, reveal.revealedBy, reveal.revealedAt);
        }
    }

    @POST
    @Path("/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revealApplicationPassport", summary = "The applicant's passport number and expiry in "
            + "full, for officers, with a reason; the reading is recorded (who, when, which application, why)")
    @APIResponseSchema(value = ApplicationService.RevealedPassport.class, responseCode = "200",
            responseDescription = "OK")
    public Response reveal(@PathParam("id") UUID id, @NotNull @Valid RevealRequest request) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(service.revealPassport(id, request.reason())).cacheControl(noStore).build();
    }

    @GET
    @Path("/reveals")
    @RolesAllowed(Roles.OFFICE_ADMIN)
    @Operation(operationId = "listApplicationPassportReveals",
            summary = "Who read the application's passport number in full, when and why, the latest first")
    public List<RevealResponse> reveals(@PathParam("id") UUID id) {
        return service.passportReveals(id).stream().map(RevealResponse::from).toList();
    }
}
