package edu.meridian.visits.trip;

import java.time.LocalDate;

/**
 * The pre-trip public notice (公示): a trip is posted for a number of full working days before it may be approved,
 * so colleagues can raise objections. Posted on a day, the notice runs from that day if it is a working day (else
 * from the next one) through its last working day; approval comes the day after.
 */
public record PublicNotice(LocalDate postedOn, LocalDate lastDay) {

    public static PublicNotice posted(LocalDate postedOn, int workingDays, WorkingDays calendar) {
        return new PublicNotice(postedOn, calendar.nth(postedOn, workingDays));
    }

    public LocalDate earliestApproval() {
        return lastDay.plusDays(1);
    }

    public boolean over(LocalDate today) {
        return today.isAfter(lastDay);
    }
}
