package edu.meridian.partners;

import java.time.LocalDate;

/** A period of calendar dates, both ends included; either end may be open. */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : new DateRange(from, to);
    }
}
