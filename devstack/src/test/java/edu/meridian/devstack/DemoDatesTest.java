package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoDatesTest {

    @Test
    void datesCountFromTheDayOfLoading() {
        DemoDates dates = new DemoDates(LocalDate.of(2026, 12, 1));

        assertThat(dates.replace("{{today}} {{today+45d}} {{today-2y+30d}} {{today+1m}}"))
                .isEqualTo("2026-12-01 2027-01-15 2024-12-31 2027-01-01");
    }

    @Test
    void anAcademicYearStartsInSeptember() {
        assertThat(new DemoDates(LocalDate.of(2026, 12, 1)).replace("{{ay}} {{ay+1}} {{ay-6}}"))
                .isEqualTo("2026/27 2027/28 2020/21");
        assertThat(new DemoDates(LocalDate.of(2027, 8, 31)).replace("{{ay}}")).isEqualTo("2026/27");
    }

    @Test
    void theComingIntakeStartsOnTheFirstSeptemberAtLeastSixtyDaysAhead() {
        assertThat(new DemoDates(LocalDate.of(2026, 12, 1)).replace("{{september}}")).isEqualTo("2027-09-01");
        assertThat(new DemoDates(LocalDate.of(2027, 7, 3)).replace("{{september}}")).isEqualTo("2027-09-01");
        assertThat(new DemoDates(LocalDate.of(2027, 7, 4)).replace("{{september}}")).isEqualTo("2028-09-01");
    }
}
