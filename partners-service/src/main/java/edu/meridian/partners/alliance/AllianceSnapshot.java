package edu.meridian.partners.alliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a revision of an alliance keeps: everything readers see except audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllianceSnapshot(
        Text name,
        String abbreviation,
        String description,
        String website,
        LocalDate memberSince,
        AllianceRole ourRole,
        List<Member> members) {

    public record Member(UUID institutionId, LocalDate joinedOn) {
    }

    public static AllianceSnapshot of(Alliance alliance) {
        return new AllianceSnapshot(new Text(alliance.nameZh, alliance.nameEn), alliance.abbreviation,
                alliance.description, alliance.website, alliance.memberSince, alliance.ourRole,
                alliance.members.stream().map(member -> new Member(member.institutionId, member.joinedOn)).toList());
    }
}
