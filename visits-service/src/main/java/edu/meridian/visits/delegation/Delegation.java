package edu.meridian.visits.delegation;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An inbound visit: who comes, from when to when, hosted by which unit, and how it went. */
@Entity
@Table(name = "delegation")
public class Delegation extends Audited {

    @Id
    public UUID id;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public DelegationCategory category;

    /** The code of the college, hospital or office that hosts the visit (a token's {@code unit}). */
    @Column(name = "host_unit")
    public String hostUnit;

    @Column(name = "arrival_on")
    public LocalDate arrivalOn;

    @Column(name = "departure_on")
    public LocalDate departureOn;

    public String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Guest> guests = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Gift> gifts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hospitality_budget")
    public Money hospitalityBudget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "actual_cost")
    public Money actualCost;

    /** The day it was requested, from which the advance notice is counted. */
    @Column(name = "requested_on")
    public LocalDate requestedOn;

    /** Why an office admin accepted an official delegation requested less than 90 days ahead, and who. */
    @Column(name = "notice_override_reason")
    public String noticeOverrideReason;

    @Column(name = "notice_overridden_by")
    public String noticeOverriddenBy;

    /** The summary report, given on {@code completed → reported}. */
    public String report;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    public DelegationState state;

    void apply(DelegationContent content) {
        titleZh = content.titleZh();
        titleEn = content.titleEn();
        category = content.category();
        hostUnit = content.hostUnit();
        arrivalOn = content.arrival();
        departureOn = content.departure();
        purpose = content.purpose();
        guests = new ArrayList<>(content.guests());
        hospitalityBudget = content.hospitalityBudget();
        actualCost = content.actualCost();
        gifts = new ArrayList<>(content.gifts());
    }
}
