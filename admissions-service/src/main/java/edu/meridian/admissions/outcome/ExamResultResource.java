package edu.meridian.admissions.outcome;

import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Graduates' licensing exam results: recorded by officers, read by the office and by the student for their own. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/students/{studentId}/exam-results")
@Tag(name = "Outcomes")
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT})
public class ExamResultResource {

    private final OutcomeService service;

    ExamResultResource(OutcomeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listExamResults", summary = "A student's licensing exam sittings, the earliest first; a student reads their own")
    public List<ExamResultResponse> list(@PathParam("studentId") UUID studentId) {
        return service.ofStudent(studentId).stream().map(ExamResultResponse::from).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "recordExamResult", summary = "Record a graduate's licensing exam sitting (country, exam, "
            + "day, pass or fail); 409 student-not-graduated, exam-result-exists")
    @APIResponseSchema(value = ExamResultResponse.class, responseCode = "201", responseDescription = "Created")
    public Response record(@PathParam("studentId") UUID studentId, @NotNull @Valid ExamResultRequest request) {
        ExamResult result = service.record(studentId, request.toContent());
        return Responses.created("/api/admissions/students/" + studentId + "/exam-results/" + result.id,
                ExamResultResponse.from(result), 0);
    }
}
