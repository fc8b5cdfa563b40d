package edu.meridian.partners.institution;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/** The fields of an institution that a user sets. Status changes go through transitions. */
public record InstitutionRequest(
        @NotNull @Valid Text name,
        @Size(max = 300) String localName,
        @Size(max = 40) String abbreviation,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SG") String country,
        @Size(max = 120) String city,
        @NotNull InstitutionKind kind,
        @Pattern(regexp = "0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}", message = "must be a ROR id such as 027m9bs27") String rorId,
        @Size(max = 120) String schacCode,
        @Size(max = 40) String erasmusCode,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website,
        @Size(max = 50) List<@NotNull @Valid ContactRequest> contacts,
        @Size(max = 200) List<@NotNull @Valid UnitRequest> units,
        @Size(max = 30) List<@NotBlank @Size(max = 40) String> tags,
        @Size(max = 100) String owner) {

    public record ContactRequest(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String role,
            @Email @Size(max = 200) String email,
            @Size(max = 50) @Pattern(regexp = "[0-9+()\\- .]*", message = "must be a phone number") String phone) {
    }

    public record UnitRequest(UUID id, @NotNull @Valid Text name) {
    }

    /** What the request says, as the domain takes it; contacts and units keep their ids, new ones get one. */
    public InstitutionContent toContent() {
        return new InstitutionContent(name.zh().strip(), name.en().strip(), blankToNull(localName),
                blankToNull(abbreviation), country, blankToNull(city), kind, blankToNull(rorId), blankToNull(schacCode),
                blankToNull(erasmusCode), blankToNull(website),
                contacts == null ? List.of() : contacts.stream()
                        .map(contact -> new Contact(contact.id() == null ? UUID.randomUUID() : contact.id(),
                                contact.name().strip(), blankToNull(contact.role()), blankToNull(contact.email()),
                                blankToNull(contact.phone())))
                        .toList(),
                units == null ? List.of() : units.stream()
                        .map(unit -> new OrgUnit(unit.id() == null ? UUID.randomUUID() : unit.id(), unit.name()))
                        .toList(),
                tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList(),
                blankToNull(owner));
    }
}
