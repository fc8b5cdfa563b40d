package edu.meridian.admissions.letter;

import edu.meridian.web.Downloads;
import edu.meridian.web.Roles;
import edu.meridian.web.Uploads;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

import java.net.URI;
import java.util.UUID;

/**
 * The admission letter of an application: officers issue it once the applicant has accepted an offer; the applicant
 * and the office download it (anyone else's is a 404).
 */
@Path("/api/admissions/applications/{id}/letter")
@Tag(name = "Admission letters")
@RolesAllowed({Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class LetterResource {

    private final LetterService letters;

    LetterResource(LetterService letters) {
        this.letters = letters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "issueAdmissionLetter", summary = "Issue the admission letter (PDF in Chinese and English "
            + "with a verification code) of an application whose offer was accepted: it becomes admission_letter_issued "
            + "(If-Match with the application's ETag; 409 letter-not-issuable otherwise)")
    @APIResponseSchema(value = LetterResponse.class, responseCode = "201", responseDescription = "Created")
    public Response issue(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LetterRequest request) {
        IssuedLetter letter = letters.issue(id, ifMatch, request.toContent());
        return Response.created(URI.create("/api/admissions/applications/" + id + "/letter"))
                .entity(LetterResponse.from(letter)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAdmissionLetter", summary = "The application's admission letter, without its PDF")
    public LetterResponse get(@PathParam("id") UUID id) {
        return LetterResponse.from(letters.ofApplication(id));
    }

    @GET
    @Path("/content")
    @Produces(Uploads.PDF)
    @Operation(operationId = "getAdmissionLetterContent", summary = "The admission letter's PDF as issued; the ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Uploads.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Blocking
    public RestMulti<byte[]> content(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        IssuedLetter letter = letters.ofApplication(id);
        return Downloads.of(letter.file.download(), ifNoneMatch,
                (offset, length) -> letters.slice(letter, offset, length));
    }
}
