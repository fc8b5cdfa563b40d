package edu.meridian.persistence;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TodayConfigTest {

    @Inject
    Today today;

    @Test
    void theTimeZoneIsTheConfiguredOneAndTheAcademicYearStartsInSeptemberByDefault() {
        assertThat(today.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        LocalDate date = today.date();
        assertThat(today.academicYear()).isEqualTo(AcademicYear.of(date));
    }
}
