package edu.meridian.partners.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A document version as one reads it, without its content; {@code latest} marks the newest version of its title. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementDocumentResponse(
        UUID id,
        UUID agreementId,
        DocumentKind kind,
        String title,
        String fileName,
        String contentType,
        long size,
        String sha256,
        int version,
        boolean latest,
        String uploadedBy,
        Instant uploadedAt) {

    static AgreementDocumentResponse from(AgreementDocuments.Listed listed) {
        AgreementDocument document = listed.document();
        return new AgreementDocumentResponse(document.id, document.agreementId, document.kind, document.title,
                document.file.fileName, document.file.contentType, document.file.sizeBytes, document.file.sha256,
                document.version, listed.latest(), document.file.uploadedBy, document.file.uploadedAt);
    }
}
