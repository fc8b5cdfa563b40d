package edu.meridian.admissions.application;

import edu.meridian.admissions.programme.DocumentKind;
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
 * One uploaded file of an application, of one kind; the newest of a kind is the one that counts. Its body (column
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
    public DocumentKind kind;

    @Embedded
    public UploadedFile file;

    /** {@code uploaded}, then {@code verified} or {@code rejected} by an officer. */
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;
}
