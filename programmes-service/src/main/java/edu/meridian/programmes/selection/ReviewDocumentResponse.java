package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.ApplicationDocument;
import edu.meridian.programmes.application.DocumentStage;
import edu.meridian.web.Uploads;

import java.time.Instant;
import java.util.UUID;

/** A document of an assigned application as a reviewer reads it: what it is, never who uploaded it or its file name. */
public record ReviewDocumentResponse(UUID id, UUID applicationId, DocumentStage stage, String kind, String contentType,
        long size, String sha256, Instant uploadedAt, boolean verified) {

    static ReviewDocumentResponse from(ApplicationDocument document) {
        return new ReviewDocumentResponse(document.id, document.applicationId, document.stage, document.kind,
                document.file.contentType, document.file.sizeBytes, document.file.sha256, document.file.uploadedAt,
                document.verified());
    }

    /** {@code transcript.pdf}: the kind, with the extension of the content's type. */
    static String neutralName(ApplicationDocument document) {
        String extension = switch (document.file.contentType) {
            case Uploads.PNG -> "png";
            case Uploads.JPEG -> "jpg";
            default -> "pdf";
        };
        return document.kind + "." + extension;
    }
}
