package edu.meridian.partners.alliance;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/** The fields of an alliance that a user sets. */
public record AllianceRequest(
        @NotNull @Valid Text name,
        @Size(max = 40) String abbreviation,
        @Size(max = 4000) String description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website,
        LocalDate memberSince,
        @NotNull AllianceRole ourRole,
        @Size(max = 500) List<@NotNull @Valid MemberRequest> members) {

    /** A member institution (a registered partner institution) and when it joined, if known. */
    public record MemberRequest(@NotNull UUID institutionId, LocalDate joinedOn) {
    }

    AllianceContent toContent() {
        return new AllianceContent(name.zh().strip(), name.en().strip(), blankToNull(abbreviation),
                blankToNull(description), blankToNull(website), memberSince, ourRole,
                members == null ? List.of() : members.stream()
                        .map(member -> new AllianceMember(member.institutionId(), member.joinedOn()))
                        .toList());
    }
}
