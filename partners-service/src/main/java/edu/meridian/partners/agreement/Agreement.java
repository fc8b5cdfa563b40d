package edu.meridian.partners.agreement;

import edu.meridian.persistence.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An agreement with one or more partner institutions, from proposal to expiry. */
@Entity
@Table(name = "agreement")
public class Agreement extends Audited {

    @Id
    public UUID id;

    @Column(name = "reference_code")
    public String referenceCode;

    @Enumerated(EnumType.STRING)
    public AgreementKind kind;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    /** Our college or unit that signs, e.g. {@code nursing}; a liaison's drafts always carry their own unit. */
    @Column(name = "signing_unit")
    public String signingUnit;

    @Enumerated(EnumType.STRING)
    public AgreementState state;

    /** The partner institutions, in the order they are named. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "institution_id")
    public List<UUID> partnerIds = new ArrayList<>();

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The last day the agreement is in force. */
    @Column(name = "expiry_date")
    public LocalDate expiryDate;

    @Column(name = "auto_renewal")
    public boolean autoRenewal;

    @Column(name = "renewal_period_months")
    public Integer renewalPeriodMonths;

    @Column(name = "notice_period_days")
    public Integer noticePeriodDays;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Signatory> signatories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Obligation> obligations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CooperationCondition> conditions = new ArrayList<>();

    public String notes;

    /** The agreement this one renews, if it is a renewal. */
    @Column(name = "predecessor_id")
    public UUID predecessorId;

    @Column(name = "termination_reason")
    public String terminationReason;

    /** Why the agreement was last sent back from review to draft; cleared when it is approved. */
    @Column(name = "review_comment")
    public String reviewComment;

    /** The smallest expiry alert (180, 90 or 30 days) already published; null before the first. */
    @Column(name = "last_alert_days")
    public Integer lastAlertDays;

    /** The staff member responsible, who is told about expiry. */
    public String owner;
}
