package edu.meridian.partners.activity;

import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    private final PartnerTimeline timeline;
    private final LeadershipDashboard dashboard;

    ActivityResource(ActivityService service, PartnerTimeline timeline, LeadershipDashboard dashboard) {
        this.service = service;
        this.timeline = timeline;
        this.dashboard = dashboard;
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

    @GET
    @Path("/institutions/{id}/timeline")
    @Operation(summary = "What happened with an institution across the services, newest first: agreements in force, "
            + "mobilities, nominations and visits, each with the path of its record in its service")
    public Page<TimelineEntry> timeline(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return timeline.of(id, new PageRequest(page, size));
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.LEADERSHIP})
    @Operation(summary = "Partner activity across the services for leadership (counts only): partners in force, active "
            + "and dormant, mobilities per academic year and direction, the balance of places, nominations and visits")
    public DashboardFigures dashboard() {
        return dashboard.figures();
    }
}
