package edu.meridian.visits.booking;

/** What a booking holds for its time: the person hosting, the interpreter, the room or place. */
public enum Resource {
    host, interpreter, venue
}
