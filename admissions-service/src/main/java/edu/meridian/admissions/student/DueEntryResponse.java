package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.ClockStatus;
import edu.meridian.admissions.compliance.ComplianceItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the staff's "due this week" queue. */
public record DueEntryResponse(UUID studentId, String surname, String givenNames, String cohort, String unit,
        ComplianceItem item, LocalDate dueDate, Instant dueBy, ClockStatus status) {
}
