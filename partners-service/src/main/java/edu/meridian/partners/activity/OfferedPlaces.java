package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.CooperationCondition;
import edu.meridian.persistence.AcademicYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An agreement as the exchange balance sees it: its partners, the time it is in force and the places its cooperation
 * conditions offer. A condition without {@code fromYear} / {@code toYear} holds from / to the agreement's own years.
 */
public record OfferedPlaces(UUID agreementId, Set<UUID> partners, LocalDate effectiveDate, LocalDate expiryDate,
        List<CooperationCondition> conditions) {

    public OfferedPlaces {
        partners = Set.copyOf(partners);
        conditions = List.copyOf(conditions);
    }

    AcademicYear firstYear() {
        return AcademicYear.of(effectiveDate);
    }

    AcademicYear lastYear() {
        return AcademicYear.of(expiryDate);
    }

    /** The places the conditions of this direction and type offer in this year (several conditions add up). */
    int offered(AcademicYear year, CooperationCondition.Direction direction, CooperationCondition.MobilityType type) {
        if (year.startYear() < firstYear().startYear() || year.startYear() > lastYear().startYear()) {
            return 0;
        }
        return conditions.stream()
                .filter(condition -> condition.direction() == direction && condition.mobilityType() == type)
                .filter(condition -> holdsIn(condition, year))
                .mapToInt(CooperationCondition::placesPerYear).sum();
    }

    boolean covers(UsedPlace place) {
        return partners.contains(place.institutionId())
                && offered(place.year(), place.direction(), place.mobilityType()) > 0;
    }

    private static boolean holdsIn(CooperationCondition condition, AcademicYear year) {
        return (condition.fromYear() == null || AcademicYear.parse(condition.fromYear()).startYear() <= year.startYear())
                && (condition.toYear() == null || AcademicYear.parse(condition.toYear()).startYear() >= year.startYear());
    }
}
