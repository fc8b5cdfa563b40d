package edu.meridian.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * Today as a calendar date in the university's time zone ({@code meridian.time-zone}), where agreement dates,
 * deadlines and academic years are counted. The {@link Clock} is the service's (messaging provides the default one,
 * tests replace it).
 */
@ApplicationScoped
public class Today {

    private final Clock clock;
    private final ZoneId zone;
    private final Month academicYearStart;

    Today(Clock clock,
            @ConfigProperty(name = "meridian.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            @ConfigProperty(name = "meridian.academic-year-start", defaultValue = "SEPTEMBER") Month academicYearStart) {
        this.clock = clock;
        this.zone = zone;
        this.academicYearStart = academicYearStart;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The academic year today is in; it starts in the month {@code meridian.academic-year-start}. */
    public AcademicYear academicYear() {
        return AcademicYear.of(date(), academicYearStart);
    }

    public ZoneId zone() {
        return zone;
    }
}
