package edu.meridian.programmes.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application as its reader may see it ({@link Disclosure}): the statement only for the applicant and the office;
 * GPA, year of study, language results, the eligibility reasons and who changed it also for the unit's liaison; campus
 * systems get the published facts. Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResponse(
        UUID id,
        UUID callId,
        String applicantId,
        String applicantUsername,
        String homeUnit,
        List<Choice> choices,
        ApplicationState state,
        List<ApplicationState> allowedTransitions,
        String statement,
        BigDecimal gpa,
        Integer yearOfStudy,
        List<LanguageResult> languageResults,
        List<IneligibilityReason> ineligibilityReasons,
        Instant submittedAt,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    /** A ranked choice (1 = first) with the partner's name from the projection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Choice(int rank, UUID institutionId, Text name, String country) {
    }

    static ApplicationResponse from(Application application, Map<UUID, PartnerInstitution> institutions,
            List<ApplicationState> allowedTransitions, Disclosure disclosure) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < application.choices.size(); i++) {
            UUID institutionId = application.choices.get(i);
            PartnerInstitution institution = institutions.get(institutionId);
            choices.add(new Choice(i + 1, institutionId,
                    institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                    institution == null ? null : institution.country));
        }
        boolean record = disclosure.record();
        return new ApplicationResponse(application.id, application.callId, application.applicantId,
                record ? application.applicantUsername : null, application.homeUnit, choices, application.state,
                allowedTransitions, disclosure.statement() ? application.statement : null,
                record ? application.gpa : null, record ? application.yearOfStudy : null,
                record ? List.copyOf(application.languageResults) : null,
                record ? List.copyOf(application.ineligibilityReasons) : null, application.submittedAt,
                application.version, application.createdAt, application.updatedAt,
                record ? application.updatedBy : null);
    }
}
