package edu.meridian.programmes.application;

import edu.meridian.persistence.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file of an application, of a kind the call requires or the host asks for. The file body (column
 * {@code content}) is not mapped: {@link ApplicationDocumentRepository} writes and reads it as a stream.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public DocumentStage stage;

    /** The code of the call's required document or of the host's requirement. */
    public String kind;

    @Embedded
    public UploadedFile file;

    /** Who in the office checked it against what the host asked for; null until then. */
    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    public boolean verified() {
        return verifiedAt != null;
    }
}
