package edu.meridian.admissions.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The staff work queue: every clock not done whose last day is on or before this week's Sunday (weeks run Monday to
 * Sunday in the office's zone), so what is overdue stays on it until done. Most urgent first.
 */
public final class DueThisWeek {

    private DueThisWeek() {
    }

    public record Entry<S>(S subject, ComplianceClock clock, ClockStatus status) {
    }

    public static <S> List<Entry<S>> select(Map<S, List<ComplianceClock>> clocksBySubject, Instant now, ZoneId zone) {
        LocalDate sunday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return clocksBySubject.entrySet().stream()
                .flatMap(subject -> subject.getValue().stream()
                        .filter(clock -> !clock.isDone() && !clock.dueDate().isAfter(sunday))
                        .map(clock -> new Entry<>(subject.getKey(), clock, clock.status(now))))
                .sorted(Comparator.comparing((Entry<S> entry) -> entry.clock().dueBy()))
                .toList();
    }
}
