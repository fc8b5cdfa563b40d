package edu.meridian.partners.alliance;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of alliances is narrowed to. Any field may be null. {@code q} matches the Chinese and English names and
 * the abbreviation, partially and ignoring case; {@code member} keeps the alliances that institution belongs to.
 * {@code sort} is a key of {@link #SORTS}, {@code -} first for descending.
 */
public record AllianceFilter(String q, UUID member, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(a.nameEn)",
            "nameZh", "a.nameZh",
            "memberSince", "a.memberSince",
            "createdAt", "a.createdAt",
            "updatedAt", "a.updatedAt");
}
