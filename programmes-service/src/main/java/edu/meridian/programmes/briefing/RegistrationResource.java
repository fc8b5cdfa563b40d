package edu.meridian.programmes.briefing;

import edu.meridian.web.Csv;
import edu.meridian.web.CsvExport;
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
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Registrations for a briefing: students and teachers register themselves and cancel their own; the office registers
 * anyone, lists and exports them, and records attendance once the briefing is held.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/programmes/briefings/{briefingId}/registrations")
@Tag(name = "Briefings")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class RegistrationResource {

    private final RegistrationService service;
    private final BriefingService briefings;

    RegistrationResource(RegistrationService service, BriefingService briefings) {
        this.service = service;
        this.briefings = briefings;
    }

    @POST
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "registerForBriefing",
            summary = "Register for a briefing: yourself (empty body), or, for the office, the person named")
    @APIResponseSchema(value = RegistrationResponse.class, responseCode = "201", responseDescription = "Created")
    public Response register(@PathParam("briefingId") UUID briefingId, @Valid RegistrationRequest request) {
        Registration registration = service.register(briefingId, request == null ? null : request.person());
        return Responses.created("/api/programmes/briefings/" + briefingId + "/registrations/" + registration.id,
                body(registration), registration.version);
    }

    @GET
    @Operation(operationId = "listBriefingRegistrations",
            summary = "A briefing's registrations in the order they were made, optionally in one state, paged")
    public Page<RegistrationResponse> list(@PathParam("briefingId") UUID briefingId,
            @QueryParam("state") RegistrationState state,
            @QueryParam("q") @Parameter(description = "Part of the user name of the person registered") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        Briefing briefing = briefings.get(briefingId);
        return service.ofBriefing(briefingId, state, q, page, size)
                .map(registration -> RegistrationResponse.from(registration,
                        service.allowedTransitions(registration, briefing)));
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportBriefingRegistrations",
            summary = "A briefing's registrations as CSV (UTF-8 with BOM, for Excel)")
    public Response export(@PathParam("briefingId") UUID briefingId) {
        briefings.get(briefingId);
        return CsvExport.stream("briefing-" + briefingId + "-registrations.csv", RegistrationCsv.HEADER,
                (page, size) -> service.exportPage(briefingId, page, size).stream().map(RegistrationCsv::row).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "getBriefingRegistration", summary = "One registration: the office's, or your own")
    @APIResponseSchema(value = RegistrationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("briefingId") UUID briefingId, @PathParam("id") UUID id) {
        Registration registration = service.get(briefingId, id);
        return Responses.withVersion(body(registration), registration.version);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.STUDENT, Roles.FACULTY, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "transitionBriefingRegistration",
            summary = "Cancel a registration (your own before the start), or record attendance: attended | absent once held (If-Match)")
    @APIResponseSchema(value = RegistrationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("briefingId") UUID briefingId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid TransitionRequest request) {
        RegistrationState to = Enums.parse(RegistrationState.class, "to", request.to());
        Registration registration = service.transition(briefingId, id, ifMatch, to);
        return Responses.withVersion(body(registration), registration.version);
    }

    private RegistrationResponse body(Registration registration) {
        return RegistrationResponse.from(registration,
                service.allowedTransitions(registration, briefings.get(registration.briefingId)));
    }
}
