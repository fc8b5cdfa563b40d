package edu.meridian.visits.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A clock the office keeps: something is owed within a number of days after a day — the summary report
 * {@value #REPORT_DAYS} days after a visit or an expert's stay, the official passport {@value #PASSPORT_RETURN_DAYS}
 * days after the traveller is back. Days are the office's local dates; the due day itself is still in time.
 */
public record Deadline(LocalDate after, LocalDate due) {

    public static final int REPORT_DAYS = 15;
    public static final int PASSPORT_RETURN_DAYS = 7;

    /** Where a deadline stands on a day. */
    public enum Status {
        /** The clock has not started: the visit, stay or trip is not over. */
        not_started,
        /** Running, and still in time. */
        open,
        /** Past the due day and not met. */
        overdue,
        /** What was owed has been given. */
        met
    }

    public Deadline {
        if (due.isBefore(after)) {
            throw new IllegalArgumentException("Due " + due + " before " + after);
        }
    }

    public static Deadline report(LocalDate lastDay) {
        return new Deadline(lastDay, lastDay.plusDays(REPORT_DAYS));
    }

    public static Deadline passportReturn(LocalDate returnDay) {
        return new Deadline(returnDay, returnDay.plusDays(PASSPORT_RETURN_DAYS));
    }

    public Status status(LocalDate today, boolean met) {
        if (met) {
            return Status.met;
        }
        if (!today.isAfter(after)) {
            return Status.not_started;
        }
        return today.isAfter(due) ? Status.overdue : Status.open;
    }

    /** Days until the due day: 0 on the day itself, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
