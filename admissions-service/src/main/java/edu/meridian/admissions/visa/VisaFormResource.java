package edu.meridian.admissions.visa;

import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register of JW201 / JW202 visa forms: admissions officers and office admins record batches and issue, void and
 * reissue forms; office staff read the register.
 */
@Path("/api/admissions/visa-forms")
@Tag(name = "Visa forms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class VisaFormResource {

    private final VisaFormService register;

    VisaFormResource(VisaFormService register) {
        this.register = register;
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("type") public VisaFormType type;
        @QueryParam("status") public VisaFormStatus status;
        @QueryParam("applicationId") public UUID applicationId;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listVisaForms", summary = "The register's forms in the order they are handed out, "
            + "filtered by type, status and application")
    public Page<VisaFormResponse> list(@Valid @BeanParam ListQuery query) {
        return register.search(query.type, query.status, query.applicationId, query.page, query.size)
                .map(VisaFormResponse::from);
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getVisaForm", summary = "One form by its number")
    @APIResponseSchema(value = VisaFormResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("number") String number) {
        return ok(register.get(number));
    }

    @GET
    @Path("/batches")
    @Operation(operationId = "listVisaFormBatches", summary = "The batches received, the newest first, with how many "
            + "forms of each are blank, issued and voided")
    public List<BatchResponse> batches() {
        Map<UUID, Map<VisaFormStatus, Long>> counts = register.countsByBatch();
        return register.batches().stream()
                .map(batch -> BatchResponse.from(batch, counts.getOrDefault(batch.id, Map.of()))).toList();
    }

    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "recordVisaFormBatch", summary = "Record a batch of blank forms received from the "
            + "ministry: a range first..last or a list of numbers; 409 visa-forms-recorded if any is in the register")
    @APIResponseSchema(value = BatchResponse.class, responseCode = "201", responseDescription = "Created")
    public Response record(@NotNull @Valid BatchRequest request) {
        ReceivedBatch batch = register.record(request.toContent());
        return Response.status(Response.Status.CREATED)
                .entity(BatchResponse.from(batch, Map.of(VisaFormStatus.blank, (long) batch.size))).build();
    }

    @POST
    @Path("/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "issueVisaForm", summary = "Issue the next blank form to an admitted applicant: JW201 "
            + "with a Chinese Government Scholarship, JW202 otherwise; 409 visa-form-held, not-admitted or no-blank-forms")
    @APIResponseSchema(value = VisaFormResponse.class, responseCode = "201", responseDescription = "Created")
    public Response issue(@NotNull @Valid IssueRequest request) {
        VisaForm form = register.issue(request.applicationId());
        return Responses.created("/api/admissions/visa-forms/" + form.number, VisaFormResponse.from(form),
                form.version);
    }

    @POST
    @Path("/{number}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "voidVisaForm", summary = "Void a blank or issued form with a reason; its number is "
            + "never issued again (If-Match with the form's ETag)")
    @APIResponseSchema(value = VisaFormResponse.class, responseCode = "200", responseDescription = "OK")
    public Response voidForm(@PathParam("number") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VoidRequest request) {
        return ok(register.voidForm(number, ifMatch, request.reason()));
    }

    @POST
    @Path("/{number}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "reissueVisaForm", summary = "Void an issued form with a reason and issue the next blank "
            + "one to the same applicant in its place (If-Match with the voided form's ETag); answers the new form")
    @APIResponseSchema(value = VisaFormResponse.class, responseCode = "201", responseDescription = "Created")
    public Response reissue(@PathParam("number") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VoidRequest request) {
        VisaForm form = register.reissue(number, ifMatch, request.reason());
        return Responses.created("/api/admissions/visa-forms/" + form.number, VisaFormResponse.from(form),
                form.version);
    }

    private static Response ok(VisaForm form) {
        return Responses.withVersion(VisaFormResponse.from(form), form.version);
    }
}
