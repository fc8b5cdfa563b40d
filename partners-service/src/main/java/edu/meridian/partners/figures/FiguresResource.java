package edu.meridian.partners.figures;

import edu.meridian.partners.institution.InstitutionStatus;
import edu.meridian.web.Counts;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/partners/figures")
@Tag(name = "Figures")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class FiguresResource {

    private final FiguresService figures;

    FiguresResource(FiguresService figures) {
        this.figures = figures;
    }

    /** The agreements in force that expire within {@code withinDays} days: from today to {@code to}, both included. */
    public record Expiring(int withinDays, LocalDate from, LocalDate to, long count,
            List<FiguresService.ExpiringAgreement> items) {
    }

    @GET
    @Path("/institutions-by-country")
    @Operation(summary = "Institutions per country or region, optionally of one status")
    public Counts<FiguresService.ByCountry> institutionsByCountry(
            @QueryParam("status") InstitutionStatus status) {
        return Counts.of(figures.institutionsByCountry(status),
                FiguresService.ByCountry::count);
    }

    @GET
    @Path("/institutions-by-kind")
    @Operation(summary = "Institutions per kind, optionally of one status")
    public Counts<FiguresService.ByKind> institutionsByKind(
            @QueryParam("status") InstitutionStatus status) {
        return Counts.of(figures.institutionsByKind(status),
                FiguresService.ByKind::count);
    }

    @GET
    @Path("/agreements-by-kind-and-state")
    @Operation(summary = "Agreements per kind and state")
    public Counts<FiguresService.AgreementsByKindAndState> agreementsByKindAndState() {
        return Counts.of(figures.agreementsByKindAndState(), FiguresService.AgreementsByKindAndState::count);
    }

    @GET
    @Path("/agreements-expiring")
    @Operation(summary = "Active or expiring agreements whose expiry date is within the next withinDays days (default 90)")
    public Expiring agreementsExpiring(
            @QueryParam("withinDays") @DefaultValue("90") @Min(1) @Max(3650) int withinDays) {
        FiguresService.Expiring expiring = figures.agreementsExpiring(withinDays);
        return new Expiring(withinDays, expiring.from(), expiring.to(), expiring.agreements().size(),
                expiring.agreements());
    }
}
