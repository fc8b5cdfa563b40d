package edu.meridian.visits.delegation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of the 90-day rule for official delegations. */
class AdvanceNoticeTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 12, 1);

    @Test
    void anOfficialDelegationRequestedNinetyDaysAheadIsInTime() {
        assertThat(AdvanceNotice.check(DelegationCategory.official_delegation, REQUESTED, LocalDate.of(2027, 3, 1)))
                .isEmpty();
    }

    @Test
    void oneDayLessIsTooLateAndSaysWhenItCouldArrive() {
        assertThat(AdvanceNotice.check(DelegationCategory.official_delegation, REQUESTED, LocalDate.of(2027, 2, 28)))
                .contains(new AdvanceNotice.ShortNotice(89, 90, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aDelegationArrivingBeforeItIsRequestedIsTooLateByMoreThanNinetyDays() {
        assertThat(AdvanceNotice.check(DelegationCategory.official_delegation, REQUESTED, LocalDate.of(2026, 11, 30)))
                .contains(new AdvanceNotice.ShortNotice(-1, 90, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void onlyOfficialDelegationsNeedTheNotice() {
        assertThat(Arrays.stream(DelegationCategory.values())
                .filter(category -> AdvanceNotice.check(category, REQUESTED, REQUESTED.plusDays(3)).isPresent()))
                .containsExactly(DelegationCategory.official_delegation);
    }

    @Test
    void aLateRequestGoesOnOnlyWithAReason() {
        Optional<AdvanceNotice.ShortNotice> late =
                AdvanceNotice.check(DelegationCategory.official_delegation, REQUESTED, REQUESTED.plusDays(30));

        assertThat(AdvanceNotice.accepted(late, null)).isFalse();
        assertThat(AdvanceNotice.accepted(late, "  ")).isFalse();
        assertThat(AdvanceNotice.accepted(late, "Mayor's visit confirmed by the city at short notice")).isTrue();
        assertThat(AdvanceNotice.accepted(Optional.empty(), null)).isTrue();
    }
}
