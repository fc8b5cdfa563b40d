package edu.meridian.partners.api;

import edu.meridian.partners.InstitutionExport;
import edu.meridian.partners.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of institutions as a CSV file: export for spreadsheets, import of the office's existing register. */
@Path("/api/partners/institutions")
@Tag(name = "Institutions")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class InstitutionCsvResource {

    private final InstitutionExport export;

    InstitutionCsvResource(InstitutionExport export) {
        this.export = export;
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every institution matching the list's filters, in its order, as CSV (UTF-8 with BOM), without contacts")
    public Response exportCsv(@Valid @BeanParam InstitutionResource.ListQuery query) {
        return Csv.download("institutions-" + export.today() + ".csv", InstitutionExport.COLUMNS,
                rows -> export.writeAll(query.filter(), rows::add));
    }
}
