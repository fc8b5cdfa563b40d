package edu.meridian.programmes.mobility;

import edu.meridian.programmes.call.MobilityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * An exchange student or visiting teacher coming to us, as the office records them. {@code participantId} is their
 * account's subject when they have one here (then they approve their own learning agreement).
 */
public record InboundMobilityRequest(
        UUID callId,
        @NotNull MobilityType mobilityType,
        @NotNull @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2026/27") String academicYear,
        @NotBlank @Size(max = 200) String participantName,
        @Size(max = 100) String participantId,
        @NotNull @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a unit code") String homeUnit,
        @NotNull UUID institutionId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd) {

    InboundContent toContent() {
        return new InboundContent(callId, mobilityType, academicYear, participantName.strip(), blankToNull(participantId),
                homeUnit, new MobilityContent(institutionId, plannedStart, plannedEnd, actualStart, actualEnd, null));
    }
}
