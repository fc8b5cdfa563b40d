package edu.meridian.programmes.mobility;

import edu.meridian.persistence.Audited;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.call.MobilityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's stay: an outbound one abroad (from a confirmed application, so its participant is the applicant) or
 * an inbound exchange student with us (recorded by the office). {@code institutionId} is the partner: the host of an
 * outbound stay, the sending institution of an inbound one; {@code homeUnit} is the participant's unit here (for an
 * inbound stay, the unit that receives them).
 */
@Entity
@Table(name = "mobility")
public class Mobility extends Audited {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "call_id")
    public UUID callId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "mobility_type")
    public MobilityType mobilityType;

    @Column(name = "academic_year")
    public String academicYear;

    /** The participant's {@code sub}, when they have an account here: the mobility is theirs by it. */
    @Column(name = "participant_id")
    public String participantId;

    /** How the office names the participant in its lists (never in events). */
    @Column(name = "participant_name")
    public String participantName;

    @Column(name = "home_unit")
    public String homeUnit;

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    public MobilityState state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "learning_agreement")
    public LearningAgreement learningAgreement = LearningAgreement.empty();

    @Column(name = "credits_recognised")
    public BigDecimal creditsRecognised;

    public String report;

    void apply(MobilityContent content) {
        institutionId = content.institutionId();
        plannedStart = content.plannedStart();
        plannedEnd = content.plannedEnd();
        actualStart = content.actualStart();
        actualEnd = content.actualEnd();
        creditsRecognised = content.creditsRecognised();
    }

    /** Whether the stay is one whose courses must be agreed and recognised: an outbound student's study or traineeship. */
    boolean earnsCredits() {
        return direction == Direction.outbound
                && (mobilityType == MobilityType.student_study || mobilityType == MobilityType.student_traineeship);
    }

    MobilityRules.Facts facts() {
        return new MobilityRules.Facts(earnsCredits(), actualStart, actualEnd, learningAgreement, creditsRecognised,
                report);
    }
}
