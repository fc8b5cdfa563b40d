package edu.meridian.admissions.figures;

import edu.meridian.admissions.outcome.PassRate;
import edu.meridian.web.Csv;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Figures for leadership and the office: counts only, never a person. */
@Path("/api/admissions/figures")
@Tag(name = "Figures")
@RolesAllowed({Roles.LEADERSHIP, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
public class FiguresResource {

    private final FiguresService figures;

    FiguresResource(FiguresService figures) {
        this.figures = figures;
    }

    /** A pass rate with its percentages (absent without candidates). */
    public record PassRateResponse(String group, int graduates, int candidates, int passedFirstAttempt,
            int passedAnyAttempt, BigDecimal firstAttemptPercent, BigDecimal anyAttemptPercent) {

        static PassRateResponse of(PassRate rate) {
            return new PassRateResponse(rate.group(), rate.graduates(), rate.candidates(), rate.passedFirstAttempt(),
                    rate.passedAnyAttempt(), rate.firstAttemptPercent().orElse(null),
                    rate.anyAttemptPercent().orElse(null));
        }
    }

    public record PassRatesResponse(PassRateResponse overall, List<PassRateResponse> byCohort,
            List<PassRateResponse> byCountry) {
    }

    @GET
    @Path("/students")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStudentFigures", summary = "Students still here (enrolled or suspended) by country, programme and funding type")
    public FiguresService.StudentFigures students() {
        return figures.students();
    }

    @GET
    @Path("/pass-rates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPassRates", summary = "Graduates' licensing exam pass rates, at the first and at any "
            + "attempt: overall, by entry cohort and by the exam's country")
    public PassRatesResponse passRates() {
        FiguresService.PassRateFigures rates = figures.passRates();
        return new PassRatesResponse(PassRateResponse.of(rates.overall()),
                rates.byCohort().stream().map(PassRateResponse::of).toList(),
                rates.byCountry().stream().map(PassRateResponse::of).toList());
    }

    @GET
    @Path("/ministry-statistics.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportMinistryStatistics", summary = "The ministry's annual statistics of international "
            + "students as CSV: students still here by country, level and funding type")
    public Response ministryStatistics() {
        List<FiguresService.MinistryLine> lines = figures.ministryStatistics();
        return Csv.download("ministry-statistics.csv", List.of("country", "level", "funding", "students"), rows -> {
            for (FiguresService.MinistryLine line : lines) {
                rows.add(Arrays.asList(line.country(), line.level(), line.funding(), line.students()));
            }
        });
    }
}
