package edu.meridian.programmes.call;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of calls is narrowed to; any field may be null. {@code q} matches the titles partially, ignoring case;
 * {@code partner} keeps calls with that institution among their destinations; {@code flagged} those with a flag.
 * {@code publishedOnly} is set for callers who see no drafts.
 */
public record CallFilter(String q, UUID schemeId, CallState state, String academicYear, UUID partner, Boolean flagged,
        boolean publishedOnly, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "title", "lower(c.titleEn)",
            "titleZh", "c.titleZh",
            "opensOn", "c.opensOn",
            "closesOn", "c.closesOn",
            "academicYear", "c.academicYear",
            "state", "c.state",
            "createdAt", "c.createdAt",
            "updatedAt", "c.updatedAt");
}
