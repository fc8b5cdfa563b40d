package edu.meridian.visits.delegation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a list of delegations is narrowed to; any field may be null. {@code q} matches the titles partially, ignoring
 * case; {@code from} / {@code to} keep visits that overlap those days; {@code unit} is set to the liaison's own unit
 * for callers who see only theirs.
 */
public record DelegationFilter(String q, DelegationState state, DelegationCategory category, String hostUnit,
        LocalDate from, LocalDate to, String unit, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "title", "lower(d.titleEn)",
            "titleZh", "d.titleZh",
            "arrival", "d.arrivalOn",
            "state", "d.state",
            "createdAt", "d.createdAt",
            "updatedAt", "d.updatedAt");
}
