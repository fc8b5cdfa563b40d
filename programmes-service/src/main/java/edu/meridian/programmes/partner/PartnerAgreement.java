package edu.meridian.programmes.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An agreement with partners as partners-service last described it: which destinations it opens, and how many places. */
@Entity
@Table(name = "partner_agreement")
public class PartnerAgreement {

    @Id
    public UUID id;

    @Column(name = "reference_code")
    public String referenceCode;

    public String kind;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    /** As partners-service names it ({@code active}, {@code expiring}, {@code terminated}…). */
    public String state;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "expiry_date")
    public LocalDate expiryDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Condition> conditions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "institution_id")
    public List<UUID> partnerIds = new ArrayList<>();

    /** partners-service deleted it (a draft never signed); kept so that an older event cannot bring it back. */
    public boolean deleted;

    /** The producer's {@code data.version} of the event applied. */
    public long version;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Destinations under it may be opened for applications. */
    public boolean inForce() {
        return !deleted && AgreementStates.inForce(state);
    }

    void apply(AgreementData data, boolean deletedNow, Instant now) {
        referenceCode = data.referenceCode();
        kind = data.kind();
        titleZh = data.title().zh();
        titleEn = data.title().en();
        state = data.state();
        effectiveDate = data.effectiveDate();
        expiryDate = data.expiryDate();
        conditions = new ArrayList<>(data.conditions() == null ? List.of() : data.conditions());
        partnerIds = new ArrayList<>(data.partnerIds() == null ? List.of() : data.partnerIds());
        deleted = deletedNow;
        version = data.version();
        appliedAt = now;
    }
}
