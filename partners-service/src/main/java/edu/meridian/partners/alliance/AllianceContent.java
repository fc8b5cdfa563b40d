package edu.meridian.partners.alliance;

import java.time.LocalDate;
import java.util.List;

/** What a person writes into an alliance; blank texts are already null. */
public record AllianceContent(
        String nameZh,
        String nameEn,
        String abbreviation,
        String description,
        String website,
        LocalDate memberSince,
        AllianceRole ourRole,
        List<AllianceMember> members) {

    public AllianceContent {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
