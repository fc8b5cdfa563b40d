package edu.meridian.admissions.compliance;

import edu.meridian.admissions.compliance.ComplianceClock.Threshold;
import edu.meridian.admissions.compliance.CompliancePeriods.DayRule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds clocks that run for hours from an instant, or for calendar days from a day in the zone. */
final class ClockFactory {

    private final ZoneId zone;

    ClockFactory(ZoneId zone) {
        this.zone = zone;
    }

    ComplianceClock hoursAfter(ComplianceItem item, Instant start, Duration period, Duration nearLead,
            Optional<Instant> doneAt) {
        Instant dueBy = start.plus(period);
        LocalDate lastDayInTime = dueBy.minusNanos(1).atZone(zone).toLocalDate();
        List<Threshold> thresholds = List.of(
                new Threshold(Alert.near(item, nearLead), dueBy.minus(nearLead)),
                new Threshold(Alert.missed(item), dueBy));
        return new ComplianceClock(item, dueBy, lastDayInTime, doneAt, thresholds);
    }

    ComplianceClock daysAfter(ComplianceItem item, LocalDate start, DayRule rule, Optional<LocalDate> doneOn) {
        return dueOn(item, start.plusDays(rule.days()), List.of(rule.nearDaysLeft()), doneOn);
    }

    ComplianceClock dueOn(ComplianceItem item, LocalDate dueDate, List<Integer> nearDaysLeft,
            Optional<LocalDate> doneOn) {
        List<Threshold> thresholds = new ArrayList<>();
        for (int daysLeft : nearDaysLeft) {
            thresholds.add(new Threshold(Alert.near(item, Duration.ofDays(daysLeft)),
                    startOf(dueDate.minusDays(daysLeft))));
        }
        Instant dueBy = startOf(dueDate.plusDays(1));
        thresholds.add(new Threshold(Alert.missed(item), dueBy));
        return new ComplianceClock(item, dueBy, dueDate, doneOn.map(this::startOf), thresholds);
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
