package edu.meridian.admissions.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One deadline of one student. {@code dueBy} is the first instant that is too late; {@code dueDate} is the last day
 * in time as the office counts days (Asia/Shanghai). Each threshold says from which instant its alert is due.
 */
public record ComplianceClock(ComplianceItem item, Instant dueBy, LocalDate dueDate, Optional<Instant> doneAt,
        List<Threshold> thresholds) {

    public record Threshold(Alert alert, Instant from) {
    }

    public ComplianceClock {
        thresholds = thresholds.stream().sorted(Comparator.comparing(Threshold::from)).toList();
    }

    public boolean isDone() {
        return doneAt.isPresent();
    }

    public boolean doneLate() {
        return doneAt.filter(done -> !done.isBefore(dueBy)).isPresent();
    }

    public ClockStatus status(Instant now) {
        if (isDone()) {
            return ClockStatus.done;
        }
        if (!now.isBefore(dueBy)) {
            return ClockStatus.overdue;
        }
        return alert(now).isPresent() ? ClockStatus.due_soon : ClockStatus.pending;
    }

    /** The most urgent alert reached by now; earlier thresholds it has overtaken are not due any more. */
    public Optional<Alert> alert(Instant now) {
        if (isDone()) {
            return Optional.empty();
        }
        return thresholds.stream()
                .filter(threshold -> !now.isBefore(threshold.from()))
                .reduce((earlier, later) -> later)
                .map(Threshold::alert);
    }
}
