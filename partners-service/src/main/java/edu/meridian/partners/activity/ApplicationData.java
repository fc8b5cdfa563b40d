package edu.meridian.partners.activity;

import java.util.List;
import java.util.UUID;

/** What this service reads of the {@code data} of programmes' application events: the destinations, never who. */
record ApplicationData(UUID applicationId, UUID callId, String state, List<UUID> choices, long version) {
}
