package edu.meridian.programmes.application;

import edu.meridian.programmes.call.RequiredDocument;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The documents the host asks for once an application is nominated (its application form, a transcript in English…):
 * the office records them; they are uploaded as documents of stage {@code host} of the same kind, and the host's
 * acceptance is recorded once each is verified.
 */
@Path("/api/programmes/applications/{id}/host-requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Application documents")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
        Roles.APPLICANT})
public class HostRequirementResource {

    private final ApplicationDocuments documents;

    HostRequirementResource(ApplicationDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Operation(operationId = "listHostRequirements",
            summary = "The documents the host asked for, each with whether it is uploaded and verified")
    public List<HostRequirementResponse> list(@PathParam("id") UUID id) {
        return documents.requirements(id).stream().map(HostRequirementResponse::from).toList();
    }

    @POST
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "addHostRequirement",
            summary = "Record a document the host asks for (a short code and its title), while the application is nominated")
    @APIResponseSchema(value = HostRequirementResponse.class, responseCode = "201", responseDescription = "Created")
    public Response add(@PathParam("id") UUID id, @NotNull @Valid RequiredDocument request) {
        ApplicationDocuments.Requirement requirement = documents.require(id, request);
        return Response.created(URI.create("/api/programmes/applications/" + id + "/host-requirements"))
                .entity(HostRequirementResponse.from(requirement)).build();
    }
}
