package edu.meridian.visits.trip;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The office's working days: Monday to Friday, without the public holidays, plus the weekend days the State Council
 * makes working days to bridge a holiday (调休). Both lists are published each year and come from configuration.
 */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> madeWorkingDays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        madeWorkingDays = Set.copyOf(madeWorkingDays);
        if (holidays.stream().anyMatch(madeWorkingDays::contains)) {
            throw new IllegalArgumentException("A day cannot be a holiday and a working day");
        }
    }

    public static WorkingDays weekdays() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (madeWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code count}-th working day counting from {@code from} itself (the first, if it is a working day). */
    public LocalDate nth(LocalDate from, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        LocalDate day = from;
        int seen = isWorkingDay(day) ? 1 : 0;
        while (seen < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                seen++;
            }
        }
        return day;
    }
}
