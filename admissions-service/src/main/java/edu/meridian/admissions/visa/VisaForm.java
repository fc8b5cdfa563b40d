package edu.meridian.admissions.visa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One numbered form of a batch: blank until issued to one student, voided with a reason; its number is its id. */
@Entity
@Table(name = "visa_form")
public class VisaForm {

    @Id
    public String number;

    @Column(name = "batch_id")
    public UUID batchId;

    @Enumerated(EnumType.STRING)
    public VisaFormType type;

    /** The order forms are handed out in: the batch's delivery, then the number. */
    public long position;

    @Enumerated(EnumType.STRING)
    public VisaFormStatus status;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "voided_at")
    public Instant voidedAt;

    /** The voided form this one was issued in place of. */
    public String replaces;

    @Version
    public long version;
}
