package edu.meridian.visits.trip;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Worked examples of a five-working-day public notice. The holiday calendar here is an example (a week off from
 * Thursday 1 October 2026 with Saturday 10 October made a working day), not the published one.
 */
class PublicNoticeTest {

    private static final WorkingDays GOLDEN_WEEK = new WorkingDays(
            Set.of(day(10, 1), day(10, 2), day(10, 5), day(10, 6), day(10, 7), day(10, 8)),
            Set.of(day(10, 10)));

    @Test
    void postedOnAMondayItRunsToFridayAndTheTripIsApprovedOnSaturday() {
        PublicNotice notice = PublicNotice.posted(day(11, 2), 5, WorkingDays.weekdays());

        assertThat(notice.lastDay()).isEqualTo(day(11, 6));
        assertThat(notice.earliestApproval()).isEqualTo(day(11, 7));
        assertThat(notice.over(day(11, 6))).isFalse();
        assertThat(notice.over(day(11, 7))).isTrue();
    }

    @Test
    void postedOnASaturdayItStartsOnMonday() {
        assertThat(PublicNotice.posted(day(11, 7), 5, WorkingDays.weekdays()).lastDay()).isEqualTo(day(11, 13));
    }

    @Test
    void holidaysDoNotCountAndAMadeWorkingSaturdayDoes() {
        // Working days from Tuesday 29 September: 29, 30 September, Friday 9 and Saturday 10 October, Monday 12.
        assertThat(PublicNotice.posted(day(9, 29), 5, GOLDEN_WEEK).lastDay()).isEqualTo(day(10, 12));
        assertThat(GOLDEN_WEEK.isWorkingDay(day(10, 10))).isTrue();
        assertThat(GOLDEN_WEEK.isWorkingDay(day(10, 5))).isFalse();
    }

    @Test
    void aDayIsEitherAHolidayOrAMadeWorkingDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDays(Set.of(day(10, 10)), Set.of(day(10, 10))));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.weekdays().nth(day(10, 10), 0));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
