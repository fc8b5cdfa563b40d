package edu.meridian.programmes.mobility;

import edu.meridian.programmes.call.MobilityType;

import java.util.UUID;

/**
 * An exchange student or visiting teacher coming to us, as the office records them: from which partner, for what, in
 * which academic year, received by which unit; {@code callId} when an inbound call brought them, {@code participantId}
 * when they have an account here.
 */
public record InboundContent(UUID callId, MobilityType mobilityType, String academicYear, String participantName,
        String participantId, String homeUnit, MobilityContent details) {
}
