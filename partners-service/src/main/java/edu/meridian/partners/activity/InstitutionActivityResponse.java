package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** An institution's activity: per academic year (newest first), mobilities by direction and type. */
public record InstitutionActivityResponse(UUID institutionId, List<Year> years, LocalDate lastActivity,
        boolean dormant) {

    /** {@code outbound} and {@code inbound}: mobility type → number of mobilities. */
    public record Year(String academicYear, Map<String, Integer> outbound, Map<String, Integer> inbound) {
    }

    static InstitutionActivityResponse of(InstitutionActivity activity) {
        Map<String, List<UsedPlace>> byYear = activity.mobilities().stream()
                .collect(Collectors.groupingBy(place -> place.year().toString()));
        List<Year> years = byYear.entrySet().stream().sorted(Map.Entry.<String, List<UsedPlace>>comparingByKey()
                        .reversed())
                .map(entry -> new Year(entry.getKey(), counts(entry.getValue(), "outbound"),
                        counts(entry.getValue(), "inbound")))
                .toList();
        return new InstitutionActivityResponse(activity.institutionId(), years, activity.lastActivity().orElse(null),
                activity.dormant());
    }

    private static Map<String, Integer> counts(List<UsedPlace> places, String direction) {
        return places.stream().filter(place -> place.direction().name().equals(direction))
                .collect(Collectors.toMap(place -> place.mobilityType().name(), place -> 1, Integer::sum, TreeMap::new));
    }
}
