package edu.meridian.partners.institution;

/**
 * What a list of institutions is narrowed to. Any field may be null. {@code q} matches the Chinese, English and local
 * names and the abbreviation, partially and ignoring case. {@code sort} is a field name, {@code -} first for descending.
 */
public record InstitutionFilter(
        String q,
        String country,
        InstitutionKind kind,
        InstitutionStatus status,
        String tag,
        String owner,
        Integer expiringWithinDays,
        String sort) {

    public static final java.util.Map<String, String> SORTS = java.util.Map.of(
            "name", "lower(i.name_en)",
            "nameZh", "i.name_zh",
            "country", "i.country",
            "status", "i.status",
            "createdAt", "i.created_at",
            "updatedAt", "i.updated_at",
            "nearestExpiry", "s.nearest_expiry");
}
