package edu.meridian.admissions.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An offer of a place in the intake of one programme choice, answered by the applicant until its deadline. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "intake_id")
    public UUID intakeId;

    /** The priority of the choice it answers. */
    public int priority;

    @Enumerated(EnumType.STRING)
    public OfferKind kind;

    /**
     * A {@code text[]} like the revisions' changed fields: Hibernate keeps one mapping per Java type, so a JSON
     * {@code List<String>} beside them fails the schema check, depending on the order it reads the entities.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> conditions = new ArrayList<>();

    /** The last day the applicant may answer (the university's date). */
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public OfferState state;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    OfferRules.Made made() {
        return new OfferRules.Made(kind, state);
    }
}
