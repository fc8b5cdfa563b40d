package edu.meridian.programmes.application;

import edu.meridian.web.Downloads;
import edu.meridian.web.Roles;
import edu.meridian.web.Uploads;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The documents of an application: the applicant uploads those the call requires while it is a draft; after
 * nomination the applicant or the office uploads those the host asks for, and the office verifies them. The applicant,
 * the office and the college liaison of the applicant's unit (read-only) read them; reviewers read those of their
 * assignments through them (ReviewDocumentResource).
 */
@Path("/api/programmes/applications/{id}/documents")
@Tag(name = "Application documents")
@RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY,
        Roles.APPLICANT})
public class ApplicationDocumentResource {

    private final ApplicationDocuments documents;

    ApplicationDocumentResource(ApplicationDocuments documents) {
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT})
    @Operation(operationId = "uploadApplicationDocument",
            summary = "Upload a PDF, PNG or JPEG of a kind the call requires (the applicant, while a draft) or the host asks for (once nominated)")
    @APIResponseSchema(value = ApplicationDocumentResponse.class, responseCode = "201", responseDescription = "Created")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind) {
        ApplicationDocuments.Upload upload = new ApplicationDocuments.Upload(kind,
                file == null ? null : file.fileName(), file == null ? null : file.uploadedFile());
        ApplicationDocuments.Listed listed = documents.upload(id, upload);
        return Response.created(URI.create("/api/programmes/applications/" + id + "/documents/" + listed.document().id))
                .entity(ApplicationDocumentResponse.from(listed)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApplicationDocuments",
            summary = "The application's documents by stage and kind, the newest of a kind first")
    public List<ApplicationDocumentResponse> list(@PathParam("id") UUID id) {
        return documents.list(id).stream().map(ApplicationDocumentResponse::from).toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplicationDocument", summary = "One document of the application, without its content")
    public ApplicationDocumentResponse get(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return ApplicationDocumentResponse.from(documents.get(id, documentId));
    }

    @GET
    @Path("/{documentId}/content")
    // One type here (a streamed answer cannot negotiate among several): the file's own is sent as its Content-Type.
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "getApplicationDocumentContent", summary = "The file as uploaded; the ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = Uploads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Uploads.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Uploads.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Blocking
    public RestMulti<byte[]> content(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ApplicationDocuments.Content content = documents.content(id, documentId);
        ApplicationDocument document = content.document();
        return Downloads.of(document.file.download(), ifNoneMatch, content.body()::read);
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT})
    @Operation(operationId = "deleteApplicationDocument",
            summary = "Take an unverified document away, while its stage's documents may still be added")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.delete(id, documentId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{documentId}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
    @Operation(operationId = "verifyApplicationDocument",
            summary = "The office confirms a document the host asked for (while nominated); again changes nothing")
    public ApplicationDocumentResponse verify(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return ApplicationDocumentResponse.from(documents.verify(id, documentId));
    }

    /**
     * A multipart body that ends early or is not multipart at all fails in the parser, before this resource runs; that
     * is the client's fault, not ours.
     */
    @ServerExceptionMapper
    Response unreadable(IOException e) {
        return Response.status(400).type(edu.meridian.web.Problem.MEDIA_TYPE).entity(Uploads.unreadable()).build();
    }
}
