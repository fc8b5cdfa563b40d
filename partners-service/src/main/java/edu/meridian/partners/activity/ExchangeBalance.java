package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.CooperationCondition.Direction;
import edu.meridian.partners.agreement.CooperationCondition.MobilityType;
import edu.meridian.persistence.AcademicYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Places offered by the agreements' cooperation conditions against places used by real mobilities, per agreement,
 * academic year, direction and mobility type. Each mobility uses a place of one agreement: of those whose partners
 * include its institution and whose conditions offer its direction and type in its year, the one with the fewest
 * partners (a bilateral agreement before a network's), then the one in force first, then the lower id. A mobility
 * that no agreement covers is listed as uncovered.
 */
public final class ExchangeBalance {

    /** One line of the balance; {@code unused} and {@code overUse} are never negative. */
    public record Line(UUID agreementId, AcademicYear year, Direction direction, MobilityType mobilityType,
            int offered, int used) {

        public int unused() {
            return Math.max(0, offered - used);
        }

        public int overUse() {
            return Math.max(0, used - offered);
        }
    }

    public record Balance(List<Line> lines, List<UsedPlace> uncovered) {
    }

    private ExchangeBalance() {
    }

    public static Balance of(List<OfferedPlaces> agreements, List<UsedPlace> mobilities) {
        Map<Key, Integer> used = new LinkedHashMap<>();
        List<UsedPlace> uncovered = new ArrayList<>();
        for (UsedPlace place : mobilities) {
            Optional<OfferedPlaces> agreement = agreementOf(place, agreements);
            if (agreement.isPresent()) {
                used.merge(new Key(agreement.get().agreementId(), place.year(), place.direction(), place.mobilityType()),
                        1, Integer::sum);
            } else {
                uncovered.add(place);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (OfferedPlaces agreement : agreements) {
            for (AcademicYear year = agreement.firstYear(); year.startYear() <= agreement.lastYear().startYear();
                    year = year.plusYears(1)) {
                for (Direction direction : Direction.values()) {
                    for (MobilityType type : MobilityType.values()) {
                        int offered = agreement.offered(year, direction, type);
                        int usedHere = used.getOrDefault(new Key(agreement.agreementId(), year, direction, type), 0);
                        if (offered > 0 || usedHere > 0) {
                            lines.add(new Line(agreement.agreementId(), year, direction, type, offered, usedHere));
                        }
                    }
                }
            }
        }
        return new Balance(lines, uncovered);
    }

    private static Optional<OfferedPlaces> agreementOf(UsedPlace place, List<OfferedPlaces> agreements) {
        return agreements.stream().filter(agreement -> agreement.covers(place))
                .min(Comparator.comparingInt((OfferedPlaces agreement) -> agreement.partners().size())
                        .thenComparing(OfferedPlaces::effectiveDate)
                        .thenComparing(OfferedPlaces::agreementId));
    }

    private record Key(UUID agreementId, AcademicYear year, Direction direction, MobilityType mobilityType) {
    }
}
