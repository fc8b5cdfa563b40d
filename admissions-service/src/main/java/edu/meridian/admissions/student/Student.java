package edu.meridian.admissions.student;

import edu.meridian.persistence.Audited;
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

/**
 * A student in the university: a degree student registered from their admission application, or an inbound exchange
 * student from programmes' mobility. The student reads their own record by their token's subject.
 */
@Entity
@Table(name = "student")
public class Student extends Audited {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public StudentKind kind;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "mobility_id")
    public UUID mobilityId;

    /** The version of the mobility event this exchange student was last updated from. */
    @Column(name = "mobility_version")
    public Long mobilityVersion;

    /** The student's {@code sub} in the identity provider, when they have an account. */
    public String subject;

    public String username;

    public String surname;

    @Column(name = "given_names")
    public String givenNames;

    /** ISO 3166-1 alpha-2. */
    public String nationality;

    @Column(name = "funding_type")
    public String fundingType;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "intake_id")
    public UUID intakeId;

    /** The partner institution (partners-service's id) that sent an exchange student. */
    @Column(name = "sending_institution_id")
    public UUID sendingInstitutionId;

    /** The year of entry ({@code 2026}) or, for an exchange student, the academic year ({@code 2026/27}). */
    public String cohort;

    /** The home unit at the university, such as {@code clinical-medicine}. */
    public String unit;

    /** The advisor's user name. */
    public String advisor;

    /** When the student arrived in China (entry); starts the compliance clocks. */
    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Enumerated(EnumType.STRING)
    public StudentState state;

    /** The office's reason for the latest suspension or withdrawal. */
    @Column(name = "state_reason")
    public String stateReason;

    /** False for a stay that needs no residence permit (an X2 visa for one semester). */
    @Column(name = "residence_permit_required")
    public boolean residencePermitRequired = true;

    @Column(name = "accommodation_registered_at")
    public Instant accommodationRegisteredAt;

    @Column(name = "health_checked_on")
    public LocalDate healthCheckedOn;

    @Column(name = "insured_from")
    public LocalDate insuredFrom;

    @Column(name = "permit_applied_on")
    public LocalDate permitAppliedOn;

    @Column(name = "permit_issued_on")
    public LocalDate permitIssuedOn;

    @Column(name = "permit_expiry")
    public LocalDate permitExpiry;

    @Column(name = "permit_renewal_applied_on")
    public LocalDate permitRenewalAppliedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AddressChange> moves = new ArrayList<>();

    void place(StudentPlacement placement) {
        cohort = placement.cohort();
        unit = placement.unit();
        advisor = placement.advisor();
    }

    void record(StayFacts facts) {
        arrivedAt = facts.arrivedAt();
        residencePermitRequired = facts.residencePermitRequired();
        accommodationRegisteredAt = facts.accommodationRegisteredAt();
        healthCheckedOn = facts.healthCheckedOn();
        insuredFrom = facts.insuredFrom();
        permitAppliedOn = facts.permitAppliedOn();
        permitIssuedOn = facts.permit() == null ? null : facts.permit().issuedOn();
        permitExpiry = facts.permit() == null ? null : facts.permit().expiry();
        permitRenewalAppliedOn = facts.permit() == null ? null : facts.permit().renewalAppliedOn();
        moves = new ArrayList<>(facts.moves());
    }

    StayFacts facts() {
        return new StayFacts(arrivedAt, residencePermitRequired, accommodationRegisteredAt, healthCheckedOn,
                insuredFrom, permitAppliedOn, permitIssuedOn == null ? null
                        : new StayFacts.Permit(permitIssuedOn, permitExpiry, permitRenewalAppliedOn), List.copyOf(moves));
    }
}
