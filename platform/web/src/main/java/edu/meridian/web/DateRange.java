package edu.meridian.web;

import java.time.LocalDate;

/** A period of calendar dates, both ends included; either end may be open. */
public record DateRange(LocalDate from, LocalDate to) {

    /** The period, or null when both ends are open (so that a response leaves it out). */
    public static DateRange of(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : new DateRange(from, to);
    }
}
