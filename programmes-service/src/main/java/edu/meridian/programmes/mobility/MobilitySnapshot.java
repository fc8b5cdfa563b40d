package edu.meridian.programmes.mobility;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a revision of a mobility keeps: the partner, dates, state, the learning agreement and the credits; whether a
 * report is in, never its text, nor the participant's name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MobilitySnapshot(UUID institutionId, String homeUnit, LocalDate plannedStart, LocalDate plannedEnd,
        LocalDate actualStart, LocalDate actualEnd, MobilityState state, LearningAgreement learningAgreement,
        BigDecimal creditsRecognised, boolean reportWritten) {

    static MobilitySnapshot of(Mobility mobility) {
        return new MobilitySnapshot(mobility.institutionId, mobility.homeUnit, mobility.plannedStart,
                mobility.plannedEnd, mobility.actualStart, mobility.actualEnd, mobility.state,
                mobility.learningAgreement, mobility.creditsRecognised, mobility.report != null);
    }
}
