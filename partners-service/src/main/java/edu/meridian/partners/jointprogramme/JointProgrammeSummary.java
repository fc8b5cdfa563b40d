package edu.meridian.partners.jointprogramme;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.partners.institution.Institution;
import edu.meridian.web.DateRange;
import edu.meridian.web.Text;

import java.util.List;
import java.util.UUID;

/** A joint programme in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JointProgrammeSummary(
        UUID id,
        Text name,
        JointProgrammeResponse.Partner foreignPartner,
        List<Major> majors,
        JointProgrammeLevel level,
        String mode,
        int annualIntake,
        DateRange approvalValidity,
        JointProgrammeStatus status,
        List<JointProgrammeStatus> allowedTransitions) {

    static JointProgrammeSummary from(JointProgramme programme, Institution foreignPartner,
            List<JointProgrammeStatus> allowedTransitions) {
        return new JointProgrammeSummary(programme.id, new Text(programme.nameZh, programme.nameEn),
                JointProgrammeResponse.Partner.of(foreignPartner), List.copyOf(programme.majors), programme.level,
                programme.mode, programme.annualIntake, DateRange.of(programme.approvedFrom, programme.approvedTo),
                programme.status, allowedTransitions);
    }
}
