package edu.meridian.visits.delegation;

/** Whether the university gave the gift to the guests or received it from them. */
public enum GiftDirection {
    given, received
}
