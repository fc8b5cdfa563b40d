package edu.meridian.visits.delegation;

import edu.meridian.visits.deadline.Deadline;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit whose summary report is owed: due {@value Deadline#REPORT_DAYS} days after its departure, {@code daysLeft}
 * until then (negative once overdue), {@code dueSoon} within the configured days.
 */
public record ReportDue(UUID delegationId, Text title, DelegationCategory category, String hostUnit,
        LocalDate departure, LocalDate due, long daysLeft, Deadline.Status status, boolean dueSoon) {

    static ReportDue of(Delegation delegation, LocalDate today, int dueSoonDays) {
        Deadline deadline = Deadline.report(delegation.departureOn);
        long daysLeft = deadline.daysLeft(today);
        Deadline.Status status = deadline.status(today, false);
        return new ReportDue(delegation.id, new Text(delegation.titleZh, delegation.titleEn), delegation.category,
                delegation.hostUnit, delegation.departureOn, deadline.due(), daysLeft, status,
                status != Deadline.Status.overdue && daysLeft <= dueSoonDays);
    }
}
