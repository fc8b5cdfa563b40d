package edu.meridian.partners.institution;

import edu.meridian.web.CsvExport;
import edu.meridian.web.CsvImport;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The register of institutions as a CSV file: export for spreadsheets, import of the office's existing register. */
@Path("/api/partners/institutions")
@Tag(name = "Institutions")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class InstitutionCsvResource {

    private final InstitutionExport export;
    private final InstitutionImport importer;
    private final Validator validator;

    InstitutionCsvResource(InstitutionExport export, InstitutionImport importer, Validator validator) {
        this.export = export;
        this.importer = importer;
        this.validator = validator;
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every institution matching the list's filters, in its order, as CSV (UTF-8 with BOM), without contacts")
    public Response exportCsv(@Valid @BeanParam InstitutionResource.ListQuery query) {
        LocalDate today = export.today();
        return CsvExport.stream("institutions-" + today + ".csv", InstitutionExport.COLUMNS,
                (page, size) -> export.page(query.filter(), today, page, size));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "Check (dryRun=true) or import (dryRun=false) institutions from CSV with the export's columns; all rows or none")
    public CsvImport.Result importCsv(@QueryParam("dryRun") String dryRun, InputStream body) throws IOException {
        boolean dry = CsvImport.dryRun(dryRun);
        return run(InstitutionImport.FILE.body(body), dry);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(summary = "The same import, with the CSV file uploaded as the form field 'file'")
    public CsvImport.Result importForm(@QueryParam("dryRun") String dryRun, @RestForm("file") FileUpload file)
            throws IOException {
        boolean dry = CsvImport.dryRun(dryRun);
        return run(InstitutionImport.FILE.upload(file, "file"), dry);
    }

    /** A file that is not readable CSV is a 400 (413 when too large), one with any invalid row a 422. */
    private CsvImport.Result run(byte[] file, boolean dryRun) {
        List<CsvImport.RowError> errors = new ArrayList<>();
        List<InstitutionImport.Line> lines = InstitutionCsvRequest.read(file, validator, errors);
        return importer.run(lines, errors, dryRun);
    }
}
