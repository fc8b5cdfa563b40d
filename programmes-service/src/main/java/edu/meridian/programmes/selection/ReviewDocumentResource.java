package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.ApplicationDocument;
import edu.meridian.programmes.application.ApplicationDocuments;
import edu.meridian.web.Downloads;
import edu.meridian.web.Roles;
import edu.meridian.web.Uploads;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

import java.util.List;
import java.util.UUID;

/**
 * The documents of a reviewer's own assignment, read only, while they are assigned and have declared no conflict of
 * interest (otherwise, like an application they are not assigned to, a 404). Without who uploaded or verified them and
 * without the file's name, which may name the applicant: the download is named after the document's kind.
 */
@Path("/api/programmes/reviews/my-assignments/{applicationId}/documents")
@Tag(name = "Review")
@RolesAllowed(Roles.REVIEWER)
public class ReviewDocumentResource {

    private final ReviewService reviews;
    private final ApplicationDocuments documents;

    ReviewDocumentResource(ReviewService reviews, ApplicationDocuments documents) {
        this.reviews = reviews;
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyAssignmentDocuments",
            summary = "The documents of an assigned application by stage and kind, the newest of a kind first")
    public List<ReviewDocumentResponse> list(@PathParam("applicationId") UUID applicationId) {
        reviews.readable(applicationId);
        return documents.readOnly(applicationId).stream().map(ReviewDocumentResponse::from).toList();
    }

    @GET
    @Path("/{documentId}/content")
    // One type here (a streamed answer cannot negotiate among several): the file's own is sent as its Content-Type.
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "getMyAssignmentDocumentContent",
            summary = "The file of an assigned application's document, named after its kind; the ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = Uploads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Uploads.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Uploads.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Blocking
    public RestMulti<byte[]> content(@PathParam("applicationId") UUID applicationId,
            @PathParam("documentId") UUID documentId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        reviews.readable(applicationId);
        ApplicationDocuments.Content content = documents.readOnlyContent(applicationId, documentId);
        ApplicationDocument document = content.document();
        return Downloads.of(new Downloads.StoredFile(ReviewDocumentResponse.neutralName(document),
                document.file.contentType, document.file.sizeBytes, document.file.sha256), ifNoneMatch,
                content.body()::read);
    }
}
