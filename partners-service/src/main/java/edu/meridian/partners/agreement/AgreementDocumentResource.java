package edu.meridian.partners.agreement;

import edu.meridian.web.Disclosure;
import edu.meridian.web.Downloads;
import edu.meridian.web.Problem;
import edu.meridian.web.Roles;
import edu.meridian.web.Uploads;
import jakarta.annotation.security.RolesAllowed;
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
import io.smallrye.common.annotation.Blocking;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/partners/agreements/{id}/documents")
@Tag(name = "Agreement documents")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER,
        Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM})
public class AgreementDocumentResource {

    private final AgreementDocuments documents;

    AgreementDocumentResource(AgreementDocuments documents) {
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON})
    @Operation(summary = "Upload a PDF (kind draft, signed or annex); the same kind and title again adds the next "
            + "version. Documents cannot be deleted: every version is kept")
    @APIResponseSchema(value = AgreementDocumentResponse.class, responseCode = "201", responseDescription = "Created")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind,
            @RestForm String title) {
        AgreementDocuments.Upload upload = new AgreementDocuments.Upload(kind, title,
                file == null ? null : file.fileName(), file == null ? null : file.uploadedFile());
        var document = documents.upload(id, upload);
        return Response.created(URI.create("/api/partners/agreements/" + id + "/documents/" + document.id))
                .entity(AgreementDocumentResponse.from(new AgreementDocuments.Listed(document, true)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of the agreement's documents, newest first; latest marks the current one")
    public List<AgreementDocumentResponse> list(@PathParam("id") UUID id) {
        Disclosure disclosure = documents.disclosure(id);
        return documents.list(id).stream().map(listed -> disclosure.apply(AgreementDocumentResponse.from(listed))).toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    public AgreementDocumentResponse get(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        AgreementDocumentResponse document = AgreementDocumentResponse.from(documents.get(id, documentId));
        return documents.disclosure(id).apply(document);
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(AgreementDocuments.PDF)
    @Operation(summary = "The PDF as uploaded; the ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = AgreementDocuments.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Blocking
    public RestMulti<byte[]> content(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AgreementDocuments.Content content = documents.content(id, documentId);
        AgreementDocument document = content.document();
        return Downloads.of(document.file.download(), ifNoneMatch, content.body()::read);
    }

    /**
     * A multipart body that ends early or is not multipart at all fails in the parser, before this resource runs; that
     * is the client's fault, not ours. (A chunked body cut off at the HTTP size limit also ends here, but Quarkus has
     * then already answered 413 and closed the connection.)
     */
    @ServerExceptionMapper
    Response unreadable(IOException e) {
        Problem problem = Uploads.unreadable();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
