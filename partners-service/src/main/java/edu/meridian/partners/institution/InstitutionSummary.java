package edu.meridian.partners.institution;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An institution in a list: enough to scan the registry and open a record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionSummary(
        UUID id,
        Text name,
        String abbreviation,
        String country,
        Text countryName,
        String city,
        InstitutionKind kind,
        InstitutionStatus status,
        String owner,
        List<String> tags,
        long activeAgreements,
        LocalDate nearestExpiry) {

    static InstitutionSummary from(Institution institution, AgreementStats stats) {
        return new InstitutionSummary(institution.id, new Text(institution.nameZh, institution.nameEn),
                institution.abbreviation, institution.country, Countries.nameOf(institution.country), institution.city,
                institution.kind, institution.status, institution.owner, List.copyOf(institution.tags),
                stats.activeAgreements(), stats.nearestExpiry());
    }
}
