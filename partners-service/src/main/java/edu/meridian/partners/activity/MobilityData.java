package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.UUID;

/** What this service reads of the {@code data} of programmes' mobility events; other fields are ignored. */
record MobilityData(UUID mobilityId, UUID institutionId, String direction, String mobilityType, String academicYear,
        String state, LocalDate actualStart, long version) {
}
