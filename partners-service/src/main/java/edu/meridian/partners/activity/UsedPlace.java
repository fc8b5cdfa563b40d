package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.CooperationCondition.Direction;
import edu.meridian.partners.agreement.CooperationCondition.MobilityType;
import edu.meridian.persistence.AcademicYear;

import java.util.UUID;

/** A real mobility (started, not cancelled) to or from a partner institution, which takes a place of an agreement. */
public record UsedPlace(UUID mobilityId, UUID institutionId, Direction direction, MobilityType mobilityType,
        AcademicYear year) {
}
