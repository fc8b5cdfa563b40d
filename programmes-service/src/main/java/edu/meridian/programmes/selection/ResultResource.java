package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationService;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An application's published result with its explanation, to whoever may see the application, as much as they may. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/applications/{applicationId}/result")
@Tag(name = "Allocation")
public class ResultResource {

    private final AllocationService service;
    private final ApplicationService applications;
    private final Caller caller;

    ResultResource(AllocationService service, ApplicationService applications, Caller caller) {
        this.service = service;
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.APPLICANT, Roles.CAMPUS_SYSTEM})
    @Operation(operationId = "getApplicationResult",
            summary = "An application's published result: rank, outcome and why (codes with params), as much as the caller may see")
    public ResultResponse result(@PathParam("applicationId") UUID applicationId) {
        Application application = applications.get(applicationId);
        AllocationResult result = service.publishedResult(application)
                .orElseThrow(() -> ProblemException.notFound("Result of application", applicationId));
        return ResultResponse.from(result, disclosure(application));
    }

    /** The office and the applicant read everything; a liaison the outcome; a campus system the facts. */
    private Disclosure disclosure(Application application) {
        if (caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF) || application.applicantId.equals(caller.subject())) {
            return Disclosure.ALL;
        }
        return caller.hasAnyRole(Roles.COLLEGE_LIAISON) ? ResultResponse.LIAISON : ResultResponse.FACTS;
    }
}
