package edu.meridian.programmes.briefing;

import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationService;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The briefings an application's applicant attended before applying, to whoever may see the application. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/applications/{applicationId}/briefings")
@Tag(name = "Briefings")
public class ApplicationBriefingsResource {

    private final BriefingService briefings;
    private final ApplicationService applications;

    ApplicationBriefingsResource(BriefingService briefings, ApplicationService applications) {
        this.briefings = briefings;
        this.applications = applications;
    }

    @GET
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
            Roles.APPLICANT})
    @Operation(operationId = "listApplicationBriefings",
            summary = "The briefings the applicant attended before submitting, about this call, its scheme or general; earliest first")
    public List<AttendedBriefingResponse> list(@PathParam("applicationId") UUID applicationId) {
        Application application = applications.get(applicationId);
        return briefings.attendedFor(application.id).stream()
                .map(briefing -> AttendedBriefingResponse.from(briefing, briefings.zone())).toList();
    }
}
