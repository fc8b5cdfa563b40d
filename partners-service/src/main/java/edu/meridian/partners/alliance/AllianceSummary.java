package edu.meridian.partners.alliance;

import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.UUID;

/** An alliance in a list. */
public record AllianceSummary(
        UUID id,
        Text name,
        String abbreviation,
        String website,
        LocalDate memberSince,
        AllianceRole ourRole,
        int memberCount) {

    static AllianceSummary from(Alliance alliance) {
        return new AllianceSummary(alliance.id, new Text(alliance.nameZh, alliance.nameEn), alliance.abbreviation,
                alliance.website, alliance.memberSince, alliance.ourRole, alliance.members.size());
    }
}
