package edu.meridian.programmes.mobility;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.call.MobilityType;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Disclosure;
import edu.meridian.web.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mobility as its reader may see it ({@link MobilityViewer}): everything for the participant and the office; no
 * report for the unit's liaison; for campus systems the facts without the name, agreement, credits, report or authors.
 * Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MobilityResponse(
        UUID id,
        UUID applicationId,
        UUID callId,
        Direction direction,
        MobilityType mobilityType,
        String academicYear,
        String participantId,
        String participantName,
        String homeUnit,
        Partner institution,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        MobilityState state,
        List<MobilityState> allowedTransitions,
        Agreement learningAgreement,
        List<Party> allowedApprovals,
        BigDecimal creditsRecognised,
        String report,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The partner with its name and country from the projection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Partner(UUID id, Text name, String country) {
    }

    /** The courses, who approved them, whether all three have, and the home credits they promise. */
    public record Agreement(List<Course> courses, Map<Party, Approval> approvals, boolean approved,
            BigDecimal homeCredits) {
    }

    static MobilityResponse from(Mobility mobility, Map<UUID, PartnerInstitution> institutions,
            List<MobilityState> allowedTransitions, List<Party> allowedApprovals, Disclosure disclosure) {
        PartnerInstitution institution = institutions.get(mobility.institutionId);
        LearningAgreement agreement = mobility.learningAgreement;
        return disclosure.apply(new MobilityResponse(mobility.id, mobility.applicationId, mobility.callId,
                mobility.direction, mobility.mobilityType, mobility.academicYear, mobility.participantId,
                mobility.participantName, mobility.homeUnit,
                new Partner(mobility.institutionId,
                        institution == null ? null : new Text(institution.nameZh, institution.nameEn),
                        institution == null ? null : institution.country),
                mobility.plannedStart, mobility.plannedEnd, mobility.actualStart, mobility.actualEnd, mobility.state,
                allowedTransitions,
                new Agreement(agreement.courses(), agreement.approvals(), agreement.approved(), agreement.homeCredits()),
                allowedApprovals, mobility.creditsRecognised, mobility.report, mobility.version, mobility.createdAt,
                mobility.createdBy, mobility.updatedAt, mobility.updatedBy));
    }
}
