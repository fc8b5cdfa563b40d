package edu.meridian.programmes.briefing;

import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Briefing figures for the office, leadership and those who work with them. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/figures/briefings")
@Tag(name = "Figures")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.CAMPUS_SYSTEM})
public class BriefingFiguresResource {

    private final BriefingFigures figures;

    BriefingFiguresResource(BriefingFigures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "getBriefingFigures",
            summary = "Registrations, attendance and the applications they brought, per briefing and per presenting partner")
    public BriefingFiguresReport get(
            @QueryParam("from") @Parameter(description = "Briefings on or after this local date") LocalDate from,
            @QueryParam("to") @Parameter(description = "Briefings on or before this local date") LocalDate to) {
        return figures.of(from, to);
    }
}
