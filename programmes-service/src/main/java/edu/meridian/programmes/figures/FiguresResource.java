package edu.meridian.programmes.figures;

import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.figures.ProgrammeFigures.ApplicationsByCallAndState;
import edu.meridian.programmes.figures.ProgrammeFigures.FundsByFunder;
import edu.meridian.programmes.figures.ProgrammeFigures.MobilitiesByCountryAndYear;
import edu.meridian.programmes.figures.ProgrammeFigures.MobilitiesByDirection;
import edu.meridian.programmes.figures.ProgrammeFigures.SelectionRatio;
import edu.meridian.web.Counts;
import edu.meridian.web.Csv;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The programmes' figures for leadership, the office and those who work with them: counts and sums only, no person
 * named; each also as CSV (UTF-8 with BOM, for Excel) for the table view and export.
 */
@Path("/api/programmes/figures")
@Tag(name = "Figures")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.CAMPUS_SYSTEM})
public class FiguresResource {

    private static final String YEAR = "\\d{4}/\\d{2}";
    private static final String YEAR_MESSAGE = "must be an academic year such as 2026/27";

    private final ProgrammeFigures figures;

    FiguresResource(ProgrammeFigures figures) {
        this.figures = figures;
    }

    /** Rows of a figure that has no meaningful total (ratios; sums in several currencies). */
    public record Rows<T>(List<T> items) {
    }

    @GET
    @Path("/applications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplicationFigures", summary = "Applications per call and state (every state, drafts too)")
    public Counts<ApplicationsByCallAndState> applications(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear,
            @QueryParam("callId") @Parameter(description = "Only this call") UUID callId) {
        return Counts.of(figures.applications(academicYear, callId), ApplicationsByCallAndState::count);
    }

    @GET
    @Path("/applications/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportApplicationFigures", summary = "Applications per call and state as CSV")
    public Response applicationsCsv(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear,
            @QueryParam("callId") @Parameter(description = "Only this call") UUID callId) {
        return csv("application-figures.csv", List.of("callId", "titleZh", "titleEn", "academicYear", "state", "count"),
                figures.applications(academicYear, callId), row -> Arrays.asList(row.callId(), row.title().zh(),
                        row.title().en(), row.academicYear(), row.state(), row.count()));
    }

    @GET
    @Path("/selection")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSelectionFigures",
            summary = "Selection ratio per call: selected / eligible (applications that passed the eligibility check and were not withdrawn)")
    public Rows<SelectionRatio> selection(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear) {
        return new Rows<>(figures.selection(academicYear));
    }

    @GET
    @Path("/selection/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportSelectionFigures", summary = "Selection ratio per call as CSV")
    public Response selectionCsv(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear) {
        return csv("selection-figures.csv", List.of("callId", "titleZh", "titleEn", "academicYear", "callState",
                "eligible", "selected", "ratio"), figures.selection(academicYear), row -> Arrays.asList(row.callId(),
                row.title().zh(), row.title().en(), row.academicYear(), row.callState(), row.eligible(), row.selected(),
                row.ratio()));
    }

    @GET
    @Path("/mobilities")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMobilityFigures",
            summary = "Mobilities (not cancelled) per academic year, direction and the partner's country")
    public Counts<MobilitiesByCountryAndYear> mobilities(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear,
            @QueryParam("direction") Direction direction) {
        return Counts.of(figures.mobilities(academicYear, direction), MobilitiesByCountryAndYear::count);
    }

    @GET
    @Path("/mobilities/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportMobilityFigures", summary = "Mobilities per academic year, direction and country as CSV")
    public Response mobilitiesCsv(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String academicYear,
            @QueryParam("direction") Direction direction) {
        return csv("mobility-figures.csv", List.of("academicYear", "direction", "country", "countryZh", "countryEn",
                "count"), figures.mobilities(academicYear, direction), row -> Arrays.asList(row.academicYear(),
                row.direction(), row.country(), row.countryName() == null ? null : row.countryName().zh(),
                row.countryName() == null ? null : row.countryName().en(), row.count()));
    }

    @GET
    @Path("/mobilities-by-direction")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMobilityDirectionFigures",
            summary = "Outbound and inbound mobilities (not cancelled) per academic year")
    public Rows<MobilitiesByDirection> mobilitiesByDirection() {
        return new Rows<>(figures.mobilitiesByDirection());
    }

    @GET
    @Path("/mobilities-by-direction/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportMobilityDirectionFigures", summary = "Outbound and inbound mobilities per academic year as CSV")
    public Response mobilitiesByDirectionCsv() {
        return csv("mobility-direction-figures.csv", List.of("academicYear", "outbound", "inbound"),
                figures.mobilitiesByDirection(), row -> Arrays.asList(row.academicYear(), row.outbound(), row.inbound()));
    }

    @GET
    @Path("/funds")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getFundFigures",
            summary = "Grants per funder and currency: awarded (not withdrawn), paid and repaid, never added across currencies")
    public Rows<FundsByFunder> funds(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
            @Parameter(description = "Only the grants of mobilities of this academic year") String academicYear) {
        return new Rows<>(figures.funds(academicYear));
    }

    @GET
    @Path("/funds/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportFundFigures", summary = "Grants per funder and currency as CSV")
    public Response fundsCsv(
            @QueryParam("academicYear") @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
            @Parameter(description = "Only the grants of mobilities of this academic year") String academicYear) {
        return csv("fund-figures.csv", List.of("funder", "currency", "grants", "awarded", "paid", "repaid"),
                figures.funds(academicYear), row -> Arrays.asList(row.funder(), row.currency(), row.grants(),
                        row.awarded().toPlainString(), row.paid().toPlainString(), row.repaid().toPlainString()));
    }

    private static <T> Response csv(String filename, List<String> header, List<T> items, Function<T, List<?>> row) {
        return Csv.download(filename, header, rows -> {
            for (T item : items) {
                rows.add(row.apply(item));
            }
        });
    }
}
