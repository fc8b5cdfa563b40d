package edu.meridian.partners.institution;

import edu.meridian.web.Csv;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** The register of institutions as a CSV file: export for spreadsheets, import of the office's existing register. */
@Path("/api/partners/institutions")
@Tag(name = "Institutions")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class InstitutionCsvResource {

    private final InstitutionExport export;
    private final InstitutionImport importer;

    InstitutionCsvResource(InstitutionExport export, InstitutionImport importer) {
        this.export = export;
        this.importer = importer;
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every institution matching the list's filters, in its order, as CSV (UTF-8 with BOM), without contacts")
    public Response exportCsv(@Valid @BeanParam InstitutionResource.ListQuery query) {
        return Csv.download("institutions-" + export.today() + ".csv", InstitutionExport.COLUMNS,
                rows -> export.writeAll(query.filter(), rows::add));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Check (dryRun=true) or import (dryRun=false) institutions from CSV with the export's columns; all rows or none")
    public InstitutionImport.Result importCsv(@QueryParam("dryRun") String dryRun, InputStream body) throws IOException {
        boolean dry = dryRun(dryRun);
        return importer.run(body.readNBytes(InstitutionImport.MAX_BYTES + 1), dry);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "The same import, with the CSV file uploaded as the form field 'file'")
    public InstitutionImport.Result importForm(@QueryParam("dryRun") String dryRun, @RestForm("file") FileUpload file)
            throws IOException {
        boolean dry = dryRun(dryRun);
        if (file == null) {
            throw ProblemException.invalid("file", "is required: the CSV file as the form field 'file'");
        }
        if (file.size() > InstitutionImport.MAX_BYTES) {
            throw InstitutionImport.tooLarge();
        }
        return importer.run(Files.readAllBytes(file.uploadedFile()), dry);
    }

    /** Strictly true or false: a mistyped value must never turn a check into an import. */
    private static boolean dryRun(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw ProblemException.invalid("dryRun", "is required: true to only check the file, false to import it");
    }
}
