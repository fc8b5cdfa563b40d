package edu.meridian.visits.deadline;

import edu.meridian.visits.deadline.Deadline.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The report clock (15 days after a visit) and the passport clock (7 days after return), day by day. */
class DeadlineTest {

    @Test
    void aReportIsDueFifteenDaysAfterTheLastDayOfTheVisit() {
        Deadline report = Deadline.report(LocalDate.of(2027, 3, 20));

        assertThat(report.due()).isEqualTo(LocalDate.of(2027, 4, 4));
        assertThat(report.status(LocalDate.of(2027, 3, 20), false)).isEqualTo(Status.not_started);
        assertThat(report.status(LocalDate.of(2027, 3, 21), false)).isEqualTo(Status.open);
        assertThat(report.status(LocalDate.of(2027, 4, 4), false)).isEqualTo(Status.open);
        assertThat(report.daysLeft(LocalDate.of(2027, 4, 4))).isZero();
        assertThat(report.status(LocalDate.of(2027, 4, 5), false)).isEqualTo(Status.overdue);
        assertThat(report.daysLeft(LocalDate.of(2027, 4, 7))).isEqualTo(-3);
        assertThat(report.status(LocalDate.of(2027, 4, 7), true)).isEqualTo(Status.met);
    }

    @Test
    void aPassportIsDueBackSevenDaysAfterReturnAcrossTheYearEnd() {
        Deadline passport = Deadline.passportReturn(LocalDate.of(2026, 12, 28));

        assertThat(passport.due()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(passport.status(LocalDate.of(2027, 1, 4), false)).isEqualTo(Status.open);
        assertThat(passport.status(LocalDate.of(2027, 1, 5), false)).isEqualTo(Status.overdue);
    }
}
