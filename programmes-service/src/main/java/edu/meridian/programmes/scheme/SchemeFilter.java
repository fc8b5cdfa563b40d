package edu.meridian.programmes.scheme;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of schemes is narrowed to; any field may be null. {@code q} matches the titles partially, ignoring case;
 * {@code partner} keeps the schemes with that institution among their destinations.
 */
public record SchemeFilter(String q, SchemeKind kind, UUID partner, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "title", "lower(s.titleEn)",
            "titleZh", "s.titleZh",
            "kind", "s.kind",
            "createdAt", "s.createdAt",
            "updatedAt", "s.updatedAt");
}
