package edu.meridian.admissions.scholarship;

import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The scholarship holdings of one student: recorded by officers, read by the office and by the student themselves. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/students/{studentId}/scholarships")
@Tag(name = "Scholarships")
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT})
public class StudentScholarshipResource {

    private final ScholarshipService service;

    StudentScholarshipResource(ScholarshipService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listStudentScholarships", summary = "A student's scholarship holdings with their reviews; a student reads their own")
    public List<ScholarshipResponse> ofStudent(@PathParam("studentId") UUID studentId) {
        List<Scholarship> held = service.ofStudent(studentId);
        Map<UUID, List<ScholarshipReview>> reviews = service.reviews(held);
        return held.stream().map(scholarship -> ScholarshipResponse.from(scholarship,
                reviews.getOrDefault(scholarship.id, List.of()))).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "createScholarship", summary = "Record a scholarship a student holds")
    @APIResponseSchema(value = ScholarshipResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@PathParam("studentId") UUID studentId, @NotNull @Valid ScholarshipRequest request) {
        Scholarship scholarship = service.create(studentId, request.toContent());
        return Responses.created("/api/admissions/scholarships/" + scholarship.id,
                ScholarshipResponse.from(scholarship, List.of()), scholarship.version);
    }
}
