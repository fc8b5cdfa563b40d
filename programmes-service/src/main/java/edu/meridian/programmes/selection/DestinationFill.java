package edu.meridian.programmes.selection;

import java.util.UUID;

/**
 * How a destination's places went.
 *
 * @param lastPlaceRank the rank that got its last allocated place; null when nobody got one
 */
public record DestinationFill(UUID institutionId, int places, int allocated, Integer lastPlaceRank) {
}
