package edu.meridian.admissions.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.admissions.programme.DocumentKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A document of an application as one reads it, without its content; {@code allowedActions} for the caller. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationDocumentResponse(UUID id, UUID applicationId, DocumentKind kind, String fileName,
        String contentType, long size, String sha256, DocumentStatus status, String rejectionReason, String uploadedBy,
        Instant uploadedAt, String reviewedBy, Instant reviewedAt, List<String> allowedActions) {

    static ApplicationDocumentResponse from(ApplicationDocument document, List<String> allowedActions) {
        return new ApplicationDocumentResponse(document.id, document.applicationId, document.kind,
                document.file.fileName, document.file.contentType, document.file.sizeBytes, document.file.sha256,
                document.status, document.rejectionReason, document.file.uploadedBy, document.file.uploadedAt,
                document.reviewedBy, document.reviewedAt, allowedActions);
    }
}
