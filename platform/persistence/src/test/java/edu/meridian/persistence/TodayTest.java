package edu.meridian.persistence;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TodayTest {

    @Test
    void todayIsTheCalendarDateInTheUniversitysTimeZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-08-31T16:30:00Z"), ZoneOffset.UTC);
        Today today = new Today(clock, ZoneId.of("Asia/Shanghai"), Month.SEPTEMBER);

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(today.academicYear()).hasToString("2026/27");
        assertThat(new Today(clock, ZoneOffset.UTC, Month.SEPTEMBER).date()).isEqualTo(LocalDate.of(2026, 8, 31));
    }
}
