package edu.meridian.programmes.mobility;

import edu.meridian.programmes.call.Direction;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of mobilities is narrowed to; any field may be null. {@code country} is the partner's country (ISO
 * 3166 code, from the partners projection). {@code viewer} decides what the caller may see at all.
 */
public record MobilityFilter(String academicYear, Direction direction, String country, MobilityState state,
        String unit, UUID applicationId, MobilityViewer viewer, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "plannedStart", "m.plannedStart",
            "academicYear", "m.academicYear",
            "state", "m.state",
            "participant", "m.participantName",
            "homeUnit", "m.homeUnit",
            "createdAt", "m.createdAt",
            "updatedAt", "m.updatedAt");
}
