package edu.meridian.programmes.briefing;

import edu.meridian.programmes.briefing.BriefingFiguresReport.PerBriefing;
import edu.meridian.programmes.briefing.BriefingFiguresReport.PerPartner;
import edu.meridian.web.Csv;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Briefing figures for the office, leadership and those who work with them. */
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBriefingFigures",
            summary = "Registrations, attendance and the applications they brought, per briefing and per presenting partner")
    public BriefingFiguresReport get(
            @QueryParam("from") @Parameter(description = "Briefings on or after this local date") LocalDate from,
            @QueryParam("to") @Parameter(description = "Briefings on or before this local date") LocalDate to) {
        return figures.of(from, to);
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportBriefingFigures", summary = "Registrations, attendance and applications per briefing as CSV")
    public Response briefingsCsv(
            @QueryParam("from") @Parameter(description = "Briefings on or after this local date") LocalDate from,
            @QueryParam("to") @Parameter(description = "Briefings on or before this local date") LocalDate to) {
        List<PerBriefing> briefings = figures.of(from, to).briefings();
        return Csv.download("briefing-figures.csv", List.of("briefingId", "titleZh", "titleEn", "date", "format", "campus",
                "state", "capacity", "registered", "attended", "absent", "cancelled", "applications"), rows -> {
                    for (PerBriefing row : briefings) {
                        rows.add(Arrays.asList(row.briefingId(), row.title().zh(), row.title().en(), row.date(),
                                row.format(), row.campus(), row.state(), row.capacity(), row.registered(),
                                row.attended(), row.absent(), row.cancelled(), row.applications()));
                    }
                });
    }

    @GET
    @Path("/partners/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportBriefingPartnerFigures",
            summary = "Briefings, registrations, attendance and applications per presenting partner as CSV")
    public Response partnersCsv(
            @QueryParam("from") @Parameter(description = "Briefings on or after this local date") LocalDate from,
            @QueryParam("to") @Parameter(description = "Briefings on or before this local date") LocalDate to) {
        List<PerPartner> partners = figures.of(from, to).partners();
        return Csv.download("briefing-partner-figures.csv", List.of("institutionId", "nameZh", "nameEn", "country",
                "briefings", "registered", "attended", "applications"), rows -> {
                    for (PerPartner row : partners) {
                        rows.add(Arrays.asList(row.institutionId(), row.name() == null ? null : row.name().zh(),
                                row.name() == null ? null : row.name().en(), row.country(), row.briefings(),
                                row.registered(), row.attended(), row.applications()));
                    }
                });
    }
}
