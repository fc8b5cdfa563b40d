package edu.meridian.programmes.briefing;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of briefings is narrowed to; any field may be null. {@code q} matches the titles partially, ignoring
 * case; {@code partner} keeps briefings where that institution presents; {@code upcoming} keeps those not over yet.
 * {@code publishedOnly} is set for callers who see no planned briefings.
 */
public record BriefingFilter(String q, BriefingState state, Campus campus, BriefingFormat format, UUID partner,
        boolean upcoming, boolean publishedOnly, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "title", "lower(b.titleEn)",
            "titleZh", "b.titleZh",
            "startsAt", "b.startsAt",
            "state", "b.state",
            "createdAt", "b.createdAt",
            "updatedAt", "b.updatedAt");
}
