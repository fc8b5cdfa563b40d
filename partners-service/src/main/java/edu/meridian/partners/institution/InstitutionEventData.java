package edu.meridian.partners.institution;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Countries;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The {@code data} of institution events: what other services keep in their projections. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionEventData(
        UUID institutionId,
        Text name,
        String localName,
        String abbreviation,
        String country,
        Text countryName,
        String city,
        InstitutionKind kind,
        InstitutionStatus status,
        InstitutionStatus previousStatus,
        String rorId,
        String schacCode,
        String erasmusCode,
        String website,
        List<String> tags,
        List<String> changedFields,
        Boolean dormant,
        LocalDate lastActivity,
        long version) {

    static InstitutionEventData of(Institution institution, InstitutionStatus previousStatus, List<String> changedFields) {
        return of(institution, previousStatus, changedFields, null, null);
    }

    /** With partner activity's judgement: whether it is dormant and the last day anything happened with it. */
    static InstitutionEventData ofDormancy(Institution institution, boolean dormant, LocalDate lastActivity) {
        return of(institution, null, null, dormant, lastActivity);
    }

    private static InstitutionEventData of(Institution institution, InstitutionStatus previousStatus,
            List<String> changedFields, Boolean dormant, LocalDate lastActivity) {
        return new InstitutionEventData(institution.id, new Text(institution.nameZh, institution.nameEn),
                institution.localName, institution.abbreviation, institution.country,
                Countries.nameOf(institution.country), institution.city, institution.kind, institution.status,
                previousStatus, institution.rorId, institution.schacCode, institution.erasmusCode, institution.website,
                List.copyOf(institution.tags), changedFields, dormant, lastActivity, institution.version);
    }
}
