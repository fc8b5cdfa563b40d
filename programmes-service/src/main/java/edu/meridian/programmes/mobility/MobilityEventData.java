package edu.meridian.programmes.mobility;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.call.MobilityType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The {@code data} of mobility events: the whole stay as a subscriber needs it — ids, direction and type, the partner,
 * the academic year, the dates, the state — so partners count exchanges, admissions expects inbound students and
 * finance pays grants without calling back. Never a name, the unit, the learning agreement, credits or the report.
 * A grant event adds the grant it is about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MobilityEventData(
        UUID mobilityId,
        UUID applicationId,
        UUID callId,
        String participantId,
        Direction direction,
        MobilityType mobilityType,
        String academicYear,
        UUID institutionId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        MobilityState state,
        MobilityState previousState,
        GrantFacts grant,
        long version) {

    /** A grant awarded to the mobility: who pays how much in which currency (ISO 4217). */
    public record GrantFacts(UUID grantId, String funder, BigDecimal amount, String currency) {
    }

    static MobilityEventData of(Mobility mobility, MobilityState previousState, GrantFacts grant) {
        return new MobilityEventData(mobility.id, mobility.applicationId, mobility.callId, mobility.participantId,
                mobility.direction, mobility.mobilityType, mobility.academicYear, mobility.institutionId,
                mobility.plannedStart, mobility.plannedEnd, mobility.actualStart, mobility.actualEnd, mobility.state,
                previousState, grant, mobility.version);
    }
}
