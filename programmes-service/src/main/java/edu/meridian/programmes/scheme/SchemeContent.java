package edu.meridian.programmes.scheme;

import java.util.List;

/** What a person writes into a scheme; blank texts are already null. */
public record SchemeContent(
        SchemeKind kind,
        String titleZh,
        String titleEn,
        String description,
        String fundingRules,
        List<SchemeDestination> destinations) {

    public SchemeContent {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }
}
