package edu.meridian.partners.institution;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.util.List;

/** What a revision of an institution keeps: everything readers see except personal data and audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionSnapshot(
        Text name,
        String localName,
        String abbreviation,
        String country,
        String city,
        InstitutionKind kind,
        String rorId,
        String schacCode,
        String erasmusCode,
        String website,
        List<OrgUnit> units,
        List<String> tags,
        InstitutionStatus status,
        String owner,
        int contacts) {

    public static InstitutionSnapshot of(Institution institution) {
        return new InstitutionSnapshot(new Text(institution.nameZh, institution.nameEn), institution.localName,
                institution.abbreviation, institution.country, institution.city, institution.kind, institution.rorId,
                institution.schacCode, institution.erasmusCode, institution.website, List.copyOf(institution.units),
                List.copyOf(institution.tags), institution.status, institution.owner, institution.contacts.size());
    }
}
