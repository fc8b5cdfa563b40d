package edu.meridian.admissions.student;

import java.util.UUID;

/** What this service reads of the {@code data} of programmes' mobility events; other fields are ignored. */
record MobilityData(UUID mobilityId, String participantId, String direction, String mobilityType,
        String academicYear, UUID institutionId, String state, long version) {

    /** A student coming to us (not a teacher, not one of ours going abroad). */
    boolean inboundStudent() {
        return "inbound".equals(direction) && mobilityType != null && mobilityType.startsWith("student_");
    }

    boolean cancelled() {
        return "cancelled".equals(state);
    }
}
