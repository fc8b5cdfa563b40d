package edu.meridian.partners.activity;

import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Partner activity: what the other services' events tell of each partnership. */
@Path("/api/partners/activity")
@Tag(name = "Partner activity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP})
public class ActivityResource {

    private final ActivityService service;

    ActivityResource(ActivityService service) {
        this.service = service;
    }

    @GET
    @Path("/agreements/{id}")
    @Operation(summary = "The exchange balance of an agreement: places offered against places used, per academic year, "
            + "direction and mobility type")
    public BalanceResponse balance(@PathParam("id") UUID id) {
        return BalanceResponse.of(id, service.balanceOf(id));
    }

    @GET
    @Path("/institutions/{id}")
    @Operation(summary = "The mobilities with an institution per academic year, its last activity and whether it is "
            + "dormant (an agreement in force for two academic years with nothing happening)")
    public InstitutionActivityResponse institution(@PathParam("id") UUID id) {
        return InstitutionActivityResponse.of(service.activityOf(id));
    }
}
