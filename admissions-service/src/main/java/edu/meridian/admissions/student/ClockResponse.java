package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.ClockStatus;
import edu.meridian.admissions.compliance.ComplianceClock;
import edu.meridian.admissions.compliance.ComplianceItem;

import java.time.Instant;
import java.time.LocalDate;

/** One compliance deadline: its last day, the first instant too late, its status now and when it was met. */
public record ClockResponse(ComplianceItem item, LocalDate dueDate, Instant dueBy, ClockStatus status, Instant doneAt,
        boolean doneLate) {

    static ClockResponse of(ComplianceClock clock, Instant now) {
        return new ClockResponse(clock.item(), clock.dueDate(), clock.dueBy(), clock.status(now),
                clock.doneAt().orElse(null), clock.doneLate());
    }
}
