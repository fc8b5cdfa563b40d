package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.CooperationCondition.Direction;
import edu.meridian.partners.agreement.CooperationCondition.MobilityType;
import edu.meridian.persistence.AcademicYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A mobility of programmes-service as its newest event told it. */
@Entity
@Table(name = "activity_mobility")
public class ActivityMobility {

    /** The states in which a mobility has taken place (or is taking place) and so uses a place. */
    private static final java.util.Set<String> TAKEN_PLACE = java.util.Set.of("ongoing", "completed", "recognised");

    @Id
    @Column(name = "mobility_id")
    public UUID mobilityId;

    @Column(name = "institution_id")
    public UUID institutionId;

    public String direction;

    @Column(name = "mobility_type")
    public String mobilityType;

    @Column(name = "academic_year")
    public String academicYear;

    public String state;

    @Column(name = "started_on")
    public LocalDate startedOn;

    public long version;

    @Column(name = "received_at")
    public Instant receivedAt;

    void apply(MobilityData data, Instant now) {
        mobilityId = data.mobilityId();
        institutionId = data.institutionId();
        direction = data.direction();
        mobilityType = data.mobilityType();
        academicYear = data.academicYear();
        state = data.state();
        startedOn = data.actualStart();
        version = data.version();
        receivedAt = now;
    }

    /** The place it uses, if it took place and its direction and type are ones agreements offer. */
    Optional<UsedPlace> usedPlace() {
        if (!TAKEN_PLACE.contains(state)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UsedPlace(mobilityId, institutionId, Direction.valueOf(direction),
                    MobilityType.valueOf(mobilityType), AcademicYear.parse(academicYear)));
        } catch (IllegalArgumentException unknownToThisVersion) {
            return Optional.empty();
        }
    }
}
