package edu.meridian.partners.agreement;

import edu.meridian.persistence.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One uploaded version of a document of an agreement. Versions are numbered per agreement, kind and title; rows are
 * never changed after the upload. The file body (column {@code content}) is not mapped: it is written and read as a
 * stream by {@link AgreementDocumentRepository}, so no whole file is ever in memory.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument {

    @Id
    public UUID id;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    @Embedded
    public UploadedFile file;

    /** The n-th upload of this agreement's document of this kind and title. */
    public int version;
}
