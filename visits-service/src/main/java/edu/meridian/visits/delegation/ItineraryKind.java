package edu.meridian.visits.delegation;

/** What an itinerary item is. */
public enum ItineraryKind {
    meeting, lecture, tour, banquet
}
