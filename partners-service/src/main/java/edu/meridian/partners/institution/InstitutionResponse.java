package edu.meridian.partners.institution;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An institution as one reads it; what a role may not read is absent ({@link InstitutionPolicy}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionResponse(
        UUID id,
        Text name,
        String localName,
        String abbreviation,
        String country,
        Text countryName,
        String city,
        InstitutionKind kind,
        String rorId,
        String schacCode,
        String erasmusCode,
        String website,
        List<Contact> contacts,
        List<OrgUnit> units,
        List<String> tags,
        InstitutionStatus status,
        String owner,
        long activeAgreements,
        LocalDate nearestExpiry,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<InstitutionStatus> allowedTransitions) {

    static InstitutionResponse from(Institution institution, AgreementStats stats,
            List<InstitutionStatus> allowedTransitions) {
        return new InstitutionResponse(institution.id, new Text(institution.nameZh, institution.nameEn),
                institution.localName, institution.abbreviation, institution.country,
                Countries.nameOf(institution.country), institution.city, institution.kind, institution.rorId,
                institution.schacCode, institution.erasmusCode, institution.website,
                List.copyOf(institution.contacts), List.copyOf(institution.units),
                List.copyOf(institution.tags), institution.status, institution.owner, stats.activeAgreements(),
                stats.nearestExpiry(), institution.version, institution.createdAt, institution.createdBy,
                institution.updatedAt, institution.updatedBy, allowedTransitions);
    }
}
