package edu.meridian.admissions.application;

import edu.meridian.web.Downloads;
import edu.meridian.web.Enums;
import edu.meridian.web.Problem;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The documents of an application: its applicant uploads them, officers verify or reject them, whoever sees the
 * application reads them (anyone else's are a 404).
 */
@Path("/api/admissions/applications/{id}/documents")
@Tag(name = "Application documents")
@RolesAllowed({Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class ApplicationDocumentResource {

    private final ApplicationDocuments documents;

    ApplicationDocumentResource(ApplicationDocuments documents) {
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "uploadApplicationDocument", summary = "Upload a PDF, PNG or JPEG of a kind (passport, "
            + "diploma…) while the application is a draft, or a missing or rejected one once it is submitted; it replaces "
            + "the kind's document not yet reviewed")
    @APIResponseSchema(value = ApplicationDocumentResponse.class, responseCode = "201", responseDescription = "Created")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind) {
        ApplicationDocument document = documents.upload(id, new ApplicationDocuments.Upload(kind,
                file == null ? null : file.fileName(), file == null ? null : file.uploadedFile()));
        return Response.created(URI.create("/api/admissions/applications/" + id + "/documents/" + document.id))
                .entity(ApplicationDocumentResponse.from(document, documents.allowedActions(id, document)))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApplicationDocuments", summary = "The application's documents by kind, the newest of a kind first")
    public List<ApplicationDocumentResponse> list(@PathParam("id") UUID id) {
        return documents.list(id).stream()
                .map(document -> ApplicationDocumentResponse.from(document, documents.allowedActions(id, document)))
                .toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplicationDocument", summary = "One document of the application, without its content")
    public ApplicationDocumentResponse get(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        ApplicationDocument document = documents.get(id, documentId);
        return ApplicationDocumentResponse.from(document, documents.allowedActions(id, document));
    }

    @GET
    @Path("/{documentId}/content")
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

    @POST
    @Path("/{documentId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "reviewApplicationDocument",
            summary = "An officer verifies a document or rejects it with a reason, while the application is submitted")
    public ApplicationDocumentResponse review(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            @NotNull @Valid DocumentReviewRequest request) {
        DocumentStatus decision = Enums.parse(DocumentStatus.class, "decision", request.decision());
        ApplicationDocument document = documents.review(id, documentId, decision, request.reason());
        return ApplicationDocumentResponse.from(document, documents.allowedActions(id, document));
    }

    /** A multipart body that ends early or is not multipart at all fails in the parser: the client's fault. */
    @ServerExceptionMapper
    Response unreadable(IOException e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Uploads.unreadable()).build();
    }
}
