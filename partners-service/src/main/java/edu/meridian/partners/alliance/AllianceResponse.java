package edu.meridian.partners.alliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.partners.institution.Institution;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An alliance as one reads it, its members with their names and countries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllianceResponse(
        UUID id,
        Text name,
        String abbreviation,
        String description,
        String website,
        LocalDate memberSince,
        AllianceRole ourRole,
        List<Member> members,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(UUID institutionId, Text name, String abbreviation, String country, Text countryName,
            LocalDate joinedOn) {
    }

    static AllianceResponse from(Alliance alliance, Map<UUID, Institution> institutions) {
        List<Member> members = alliance.members.stream().map(member -> {
            Institution institution = institutions.get(member.institutionId);
            return institution == null
                    ? new Member(member.institutionId, null, null, null, null, member.joinedOn)
                    : new Member(member.institutionId, new Text(institution.nameZh, institution.nameEn),
                            institution.abbreviation, institution.country, Countries.nameOf(institution.country),
                            member.joinedOn);
        }).toList();
        return new AllianceResponse(alliance.id, new Text(alliance.nameZh, alliance.nameEn), alliance.abbreviation,
                alliance.description, alliance.website, alliance.memberSince, alliance.ourRole, members,
                alliance.version, alliance.createdAt, alliance.createdBy, alliance.updatedAt, alliance.updatedBy);
    }
}
