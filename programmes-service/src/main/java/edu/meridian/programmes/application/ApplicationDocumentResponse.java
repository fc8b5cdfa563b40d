package edu.meridian.programmes.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A document of an application as one reads it, without its content; {@code allowedActions} for the caller. */
public record ApplicationDocumentResponse(
        UUID id,
        UUID applicationId,
        DocumentStage stage,
        String kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        String verifiedBy,
        Instant verifiedAt,
        List<String> allowedActions) {

    static ApplicationDocumentResponse from(ApplicationDocuments.Listed listed) {
        ApplicationDocument document = listed.document();
        return new ApplicationDocumentResponse(document.id, document.applicationId, document.stage, document.kind,
                document.file.fileName, document.file.contentType, document.file.sizeBytes, document.file.sha256,
                document.file.uploadedBy, document.file.uploadedAt, document.verifiedBy, document.verifiedAt, listed.allowedActions());
    }
}
