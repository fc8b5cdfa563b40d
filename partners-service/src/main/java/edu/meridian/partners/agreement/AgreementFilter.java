package edu.meridian.partners.agreement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a list of agreements is narrowed to; any field may be null (or empty). {@code q} matches the Chinese and
 * English titles and the reference code, partially and ignoring case; {@code states} match any of them;
 * {@code expiringWithinDays} keeps agreements in force whose expiry date is within that many days from today.
 * {@code sort} is a key of {@link #SORTS}, {@code -} first for descending.
 */
public record AgreementFilter(
        String q,
        AgreementKind kind,
        List<AgreementState> states,
        UUID partnerId,
        String signingUnit,
        String owner,
        Integer expiringWithinDays,
        String sort) {

    public static final String DEFAULT_SORT = "-createdAt";

    public static final Map<String, String> SORTS = Map.of(
            "referenceCode", "a.reference_code",
            "title", "lower(a.title_en)",
            "titleZh", "a.title_zh",
            "kind", "a.kind",
            "state", "a.state",
            "effectiveDate", "a.effective_date",
            "expiryDate", "a.expiry_date",
            "createdAt", "a.created_at",
            "updatedAt", "a.updated_at");

    public AgreementFilter {
        states = states == null ? List.of() : List.copyOf(states);
    }
}
