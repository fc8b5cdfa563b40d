package edu.meridian.admissions.scholarship;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A scholarship a student holds: who sponsors it, of what type, how much a year, for which period. */
@Entity
@Table(name = "scholarship")
public class Scholarship extends Audited {

    @Id
    public UUID id;

    @Column(name = "student_id")
    public UUID studentId;

    public String sponsor;

    @Enumerated(EnumType.STRING)
    public ScholarshipType type;

    /** Per academic year. */
    public BigDecimal amount;

    /** ISO 4217. */
    public String currency;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    public ScholarshipState state;

    void apply(ScholarshipContent content) {
        sponsor = content.sponsor();
        type = content.type();
        amount = content.amount();
        currency = content.currency();
        periodFrom = content.periodFrom();
        periodTo = content.periodTo();
    }
}
