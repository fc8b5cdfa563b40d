package edu.meridian.admissions.student;

import edu.meridian.persistence.RevisionResponse;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Enums;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import edu.meridian.web.TransitionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Students: registered by admissions officers and office admins, read by office staff and campus systems; a student
 * reads their own record only (anyone else's is a 404).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/students")
@Tag(name = "Students")
@RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.CAMPUS_SYSTEM, Roles.STUDENT})
public class StudentResource {

    private final StudentService service;
    private final StudentCompliance compliance;
    private final Versions versions;

    StudentResource(StudentService service, StudentCompliance compliance) {
        this.service = service;
        this.compliance = compliance;
        this.versions = service.versions();
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("state") public StudentState state;
        @QueryParam("kind") public StudentKind kind;
        @QueryParam("cohort") @Pattern(regexp = StudentRequest.COHORT, message = "must be a year or an academic year")
        public String cohort;
        @QueryParam("nationality") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        public String nationality;
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listStudents", summary = "Students, the latest change first, filtered by state, kind, "
            + "cohort, nationality and name (q); a student gets their own record only")
    public Page<StudentResponse> list(@Valid @BeanParam ListQuery query) {
        return service.search(new StudentFilter(query.state, query.kind, query.cohort, query.nationality, query.q),
                query.page, query.size).map(this::body);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStudent", summary = "One student with the allowed transitions")
    @APIResponseSchema(value = StudentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "registerStudent", summary = "Register an applicant who has arrived (application in "
            + "state arrived, 409 application-not-arrived otherwise): the application becomes registered, the student "
            + "enrolled")
    @APIResponseSchema(value = StudentResponse.class, responseCode = "201", responseDescription = "Created")
    public Response register(@NotNull @Valid RegistrationRequest request) {
        Student student = service.register(request.applicationId(), request.arrivedAt(), request.toPlacement());
        return Responses.created("/api/admissions/students/" + student.id, body(student), student.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "updateStudent", summary = "Change a student's cohort, unit or advisor (If-Match with its ETag)")
    @APIResponseSchema(value = StudentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StudentRequest request) {
        return ok(service.place(id, ifMatch, request.toPlacement()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "transitionStudent", summary = "Suspend (with a reason), resume, graduate or withdraw "
            + "(with a reason) a student (If-Match with its ETag)")
    @APIResponseSchema(value = StudentResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        StudentState to = Enums.parse(StudentState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @GET
    @Path("/{id}/compliance")
    @Operation(operationId = "getStudentCompliance", summary = "A student's recorded stay and its compliance deadlines "
            + "(accommodation registration, health check, insurance, residence permit, its renewal, changes of "
            + "address), each with its due date and status; a student reads their own")
    public ComplianceResponse compliance(@PathParam("id") UUID id) {
        Student student = service.get(id);
        Instant now = compliance.now();
        return new ComplianceResponse(student.id, student.facts(),
                compliance.clocks(student).stream().map(clock -> ClockResponse.of(clock, now)).toList(),
                student.version);
    }

    @PUT
    @Path("/{id}/stay")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "recordStudentStay", summary = "Record the facts of a student's stay: arrival, "
            + "accommodation registration, health check, insurance, residence permit with its expiry and renewal, "
            + "changes of address (If-Match with the student's ETag)")
    @APIResponseSchema(value = ComplianceResponse.class, responseCode = "200", responseDescription = "OK")
    public Response recordStay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StayFactsRequest request) {
        Student student = compliance.record(id, ifMatch, request.toFacts());
        return Responses.withVersion(compliance(student.id), student.version);
    }

    @GET
    @Path("/due-this-week")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "listComplianceDueThisWeek", summary = "The staff's work queue: every compliance "
            + "deadline not met whose last day is this week (to Sunday) or earlier, the most urgent first")
    public Page<DueEntryResponse> dueThisWeek(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return compliance.dueThisWeek(page, size).map(entry -> new DueEntryResponse(entry.subject().id,
                entry.subject().surname, entry.subject().givenNames, entry.subject().cohort, entry.subject().unit,
                entry.clock().item(), entry.clock().dueDate(), entry.clock().dueBy(), entry.status()));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "listStudentVersions", summary = "The history of changes: who, when, which fields")
    public List<RevisionResponse> versions(@PathParam("id") UUID id) {
        return versions.list(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "getStudentVersion", summary = "One version of a student, as it was then")
    public RevisionResponse version(@PathParam("id") UUID id, @PathParam("version") long version) {
        return versions.get(id, version);
    }

    @GET
    @Path("/{id}/versions/compare")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER})
    @Operation(operationId = "compareStudentVersions", summary = "The fields that differ between two versions")
    public RevisionResponse.Comparison compare(@PathParam("id") UUID id, @QueryParam("from") @NotNull @Min(1) Long from,
            @QueryParam("to") @NotNull @Min(1) Long to) {
        return versions.compare(id, from, to);
    }

    private Response ok(Student student) {
        return Responses.withVersion(body(student), student.version);
    }

    private StudentResponse body(Student student) {
        return StudentResponse.from(student, service.allowedTransitions(student));
    }
}
