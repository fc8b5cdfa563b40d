package edu.meridian.partners.activity;

import edu.meridian.partners.activity.Dormancy.InForce;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Today is 1 December 2026: this academic year is 2026/27, the previous one began on 1 September 2025. */
class DormancyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final InForce SINCE_2023 = new InForce(LocalDate.of(2023, 3, 1), LocalDate.of(2028, 2, 29));

    private static boolean dormant(List<InForce> agreements, LocalDate lastActivity) {
        return Dormancy.isDormant(agreements, Optional.ofNullable(lastActivity), TODAY);
    }

    @Test
    void anAgreementInForceWithNothingSinceBeforeThePreviousYearIsDormant() {
        assertThat(dormant(List.of(SINCE_2023), LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(dormant(List.of(SINCE_2023), null)).as("never any activity").isTrue();
    }

    @Test
    void activityInThePreviousOrThisAcademicYearKeepsItAlive() {
        assertThat(dormant(List.of(SINCE_2023), LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(dormant(List.of(SINCE_2023), LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void anAgreementYoungerThanTwoAcademicYearsIsNotDormantYet() {
        InForce signedLastOctober = new InForce(LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
        assertThat(dormant(List.of(signedLastOctober), null)).isFalse();
        InForce signedTheDayBefore = new InForce(LocalDate.of(2025, 8, 31), LocalDate.of(2030, 9, 30));
        assertThat(dormant(List.of(signedTheDayBefore), null)).isTrue();
    }

    @Test
    void withoutAnAgreementInForceTodayThereIsNothingToBeDormant() {
        InForce expired = new InForce(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 30));
        assertThat(dormant(List.of(expired), null)).isFalse();
        assertThat(dormant(List.of(), null)).isFalse();
    }

    @Test
    void aRenewalWithoutAGapCountsFromTheFirstAgreement() {
        InForce first = new InForce(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        InForce renewal = new InForce(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(dormant(List.of(renewal, first), null)).isTrue();
        InForce afterAGap = new InForce(LocalDate.of(2026, 1, 2), LocalDate.of(2030, 12, 31));
        assertThat(dormant(List.of(first, afterAGap), null)).as("a new partnership after a lapse").isFalse();
        assertThat(Dormancy.joined(List.of(renewal, first)))
                .containsExactly(new InForce(LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31)));
    }

    @Test
    void aChangeOfStateIsNamedOnlyWhenItChanges() {
        assertThat(Dormancy.change(false, true)).contains("dormant");
        assertThat(Dormancy.change(true, false)).contains("reactivated");
        assertThat(Dormancy.change(true, true)).isEmpty();
        assertThat(Dormancy.change(false, false)).isEmpty();
    }
}
