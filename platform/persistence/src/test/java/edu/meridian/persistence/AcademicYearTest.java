package edu.meridian.persistence;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AcademicYearTest {

    @Test
    void aYearRunsFromTheFirstOfSeptemberToTheLastOfAugust() {
        AcademicYear year = AcademicYear.of(LocalDate.of(2026, 9, 1));

        assertThat(year.toString()).isEqualTo("2026/27");
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(AcademicYear.of(LocalDate.of(2026, 8, 31))).hasToString("2025/26");
        assertThat(AcademicYear.of(LocalDate.of(2027, 8, 31))).isEqualTo(year);
        assertThat(year.contains(LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 9, 1))).isFalse();
        assertThat(year.plusYears(2)).hasToString("2028/29");
    }

    @Test
    void theStartMonthIsTheUniversitys() {
        AcademicYear year = AcademicYear.of(LocalDate.of(2026, 2, 15), Month.MARCH);

        assertThat(year).hasToString("2025/26");
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(AcademicYear.parse("2026/27")).isEqualTo(AcademicYear.of(LocalDate.of(2026, 10, 1)));
        assertThat(AcademicYear.parse("2026/27", Month.MARCH).start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(AcademicYear.parse("2099/00").plusYears(1)).hasToString("2100/01");
        for (String text : new String[]{"2026/28", "2026-2027", "2026/2027", "26/27", "", null}) {
            assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse(text));
        }
    }
}
