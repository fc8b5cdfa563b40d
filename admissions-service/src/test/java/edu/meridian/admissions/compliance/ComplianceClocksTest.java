package edu.meridian.admissions.compliance;

import edu.meridian.admissions.compliance.ComplianceFacts.Move;
import edu.meridian.admissions.compliance.ComplianceFacts.ResidencePermit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of each clock, counted in Asia/Shanghai (UTC+8, no daylight saving). */
class ComplianceClocksTest {

    private static final ComplianceClocks CLOCKS = new ComplianceClocks(CompliancePeriods.DEFAULT);

    static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    static ComplianceClock clock(ComplianceFacts facts, ComplianceItem item) {
        return CLOCKS.of(facts).stream().filter(clock -> clock.item() == item).findFirst().orElseThrow();
    }

    @Test
    void policeRegistrationIsDueTwentyFourHoursAfterArrivalAnnouncedTwelveHoursBefore() {
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-01T23:30:00"));
        ComplianceClock registration = clock(arrived, ComplianceItem.accommodation_registration);

        assertThat(registration.dueBy()).isEqualTo(shanghai("2027-09-02T23:30:00"));
        assertThat(registration.dueDate()).isEqualTo(LocalDate.of(2027, 9, 2));
        assertThat(registration.status(shanghai("2027-09-02T11:29:59"))).isEqualTo(ClockStatus.pending);
        assertThat(registration.status(shanghai("2027-09-02T11:30:00"))).isEqualTo(ClockStatus.due_soon);
        assertThat(registration.alert(shanghai("2027-09-02T11:30:00")))
                .contains(Alert.near(ComplianceItem.accommodation_registration, Duration.ofHours(12)));
        assertThat(registration.status(shanghai("2027-09-02T23:29:59"))).isEqualTo(ClockStatus.due_soon);
        assertThat(registration.status(shanghai("2027-09-02T23:30:00"))).isEqualTo(ClockStatus.overdue);
        assertThat(registration.alert(shanghai("2027-09-03T08:00:00")))
                .contains(Alert.missed(ComplianceItem.accommodation_registration));
    }

    @Test
    void aRegistrationRecordedEndsTheClockAndALateOneIsMarkedLate() {
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-01T23:30:00"));

        ComplianceClock inTime = clock(arrived.accommodationRegistered(shanghai("2027-09-02T10:00:00")),
                ComplianceItem.accommodation_registration);
        ComplianceClock late = clock(arrived.accommodationRegistered(shanghai("2027-09-03T09:00:00")),
                ComplianceItem.accommodation_registration);

        assertThat(inTime.status(shanghai("2027-09-05T00:00:00"))).isEqualTo(ClockStatus.done);
        assertThat(inTime.alert(shanghai("2027-09-05T00:00:00"))).isEmpty();
        assertThat(inTime.doneLate()).isFalse();
        assertThat(late.status(shanghai("2027-09-05T00:00:00"))).isEqualTo(ClockStatus.done);
        assertThat(late.doneLate()).isTrue();
    }

    @Test
    void anArrivalHalfAnHourAfterMidnightInShanghaiCountsItsDaysFromThatDayNotFromTheUtcDate() {
        Instant justAfterMidnight = shanghai("2027-09-02T00:30:00");
        assertThat(justAfterMidnight).isEqualTo(Instant.parse("2027-09-01T16:30:00Z"));
        Instant justBeforeMidnight = shanghai("2027-09-01T23:30:00");

        ComplianceClock permit = clock(ComplianceFacts.arrivedAt(justAfterMidnight), ComplianceItem.residence_permit);
        ComplianceClock permitOfTheDayBefore =
                clock(ComplianceFacts.arrivedAt(justBeforeMidnight), ComplianceItem.residence_permit);

        assertThat(permit.dueDate()).isEqualTo(LocalDate.of(2027, 10, 2));
        assertThat(permit.dueBy()).isEqualTo(Instant.parse("2027-10-02T16:00:00Z"));
        assertThat(permitOfTheDayBefore.dueDate()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(permit.status(shanghai("2027-10-02T23:59:59"))).isEqualTo(ClockStatus.due_soon);
        assertThat(permit.status(shanghai("2027-10-03T00:00:00"))).isEqualTo(ClockStatus.overdue);
    }

    @Test
    void theResidencePermitIsDueThirtyDaysAfterEntryAnnouncedAWeekBefore() {
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"));
        ComplianceClock permit = clock(arrived, ComplianceItem.residence_permit);

        assertThat(permit.dueDate()).isEqualTo(LocalDate.of(2027, 10, 2));
        assertThat(permit.status(shanghai("2027-09-24T23:59:59"))).isEqualTo(ClockStatus.pending);
        assertThat(permit.alert(shanghai("2027-09-25T00:00:00")))
                .contains(Alert.near(ComplianceItem.residence_permit, Duration.ofDays(7)));
        assertThat(clock(arrived.permitApplied(LocalDate.of(2027, 10, 2)), ComplianceItem.residence_permit)
                .doneLate()).isFalse();
        assertThat(clock(arrived.permitApplied(LocalDate.of(2027, 10, 3)), ComplianceItem.residence_permit)
                .doneLate()).isTrue();
    }

    @Test
    void aPermitRecordedWithoutItsApplicationDayCountsAsAppliedForByTheDayItWasIssued() {
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"));
        ResidencePermit issuedInTime = new ResidencePermit(LocalDate.of(2027, 9, 28), LocalDate.of(2028, 9, 1),
                Optional.empty());

        ComplianceClock permit = clock(arrived.permitIssued(issuedInTime), ComplianceItem.residence_permit);

        assertThat(permit.status(shanghai("2027-10-10T00:00:00"))).isEqualTo(ClockStatus.done);
        assertThat(permit.doneLate()).isFalse();
        assertThat(clock(arrived.permitApplied(LocalDate.of(2027, 9, 20)).permitIssued(issuedInTime),
                ComplianceItem.residence_permit).doneAt()).contains(shanghai("2027-09-20T00:00:00"));
    }

    @Test
    void thirtyDaysAfterEntryOnTheFirstOfFebruaryIsADayEarlierInALeapYear() {
        assertThat(clock(ComplianceFacts.arrivedAt(shanghai("2028-02-01T10:00:00")), ComplianceItem.residence_permit)
                .dueDate()).isEqualTo(LocalDate.of(2028, 3, 2));
        assertThat(clock(ComplianceFacts.arrivedAt(shanghai("2027-02-01T10:00:00")), ComplianceItem.residence_permit)
                .dueDate()).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void healthCheckAndInsuranceFollowTheUniversitysPeriodsFromEntry() {
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"));

        assertThat(clock(arrived, ComplianceItem.health_check).dueDate()).isEqualTo(LocalDate.of(2027, 9, 16));
        assertThat(clock(arrived, ComplianceItem.insurance).dueDate()).isEqualTo(LocalDate.of(2027, 9, 9));
        assertThat(clock(arrived.insured(LocalDate.of(2027, 9, 3)), ComplianceItem.insurance)
                .status(shanghai("2027-09-20T00:00:00"))).isEqualTo(ClockStatus.done);
        assertThat(clock(arrived, ComplianceItem.insurance).status(shanghai("2027-09-10T00:00:00")))
                .isEqualTo(ClockStatus.overdue);
    }

    @Test
    void aPermitExpiringOnALeapDayIsAnnouncedSixtyThirtyAndSevenDaysBefore() {
        ComplianceFacts withPermit = ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"))
                .permitApplied(LocalDate.of(2027, 9, 20))
                .permitIssued(new ResidencePermit(LocalDate.of(2027, 9, 27), LocalDate.of(2028, 2, 29),
                        Optional.empty()));
        ComplianceClock renewal = clock(withPermit, ComplianceItem.permit_renewal);

        assertThat(renewal.thresholds()).extracting(ComplianceClock.Threshold::from).containsExactly(
                shanghai("2027-12-31T00:00:00"), shanghai("2028-01-30T00:00:00"), shanghai("2028-02-22T00:00:00"),
                shanghai("2028-03-01T00:00:00"));
        assertThat(renewal.status(shanghai("2027-12-30T23:59:59"))).isEqualTo(ClockStatus.pending);
        assertThat(renewal.alert(shanghai("2027-12-31T00:00:00")))
                .contains(Alert.near(ComplianceItem.permit_renewal, Duration.ofDays(60)));
        assertThat(renewal.alert(shanghai("2028-02-29T23:59:59")))
                .contains(Alert.near(ComplianceItem.permit_renewal, Duration.ofDays(7)));
        assertThat(renewal.status(shanghai("2028-03-01T00:00:00"))).isEqualTo(ClockStatus.overdue);
        assertThat(clock(withPermit.permitIssued(new ResidencePermit(LocalDate.of(2027, 9, 27),
                LocalDate.of(2028, 2, 29), Optional.of(LocalDate.of(2028, 1, 25)))), ComplianceItem.permit_renewal)
                .status(shanghai("2028-02-01T00:00:00"))).isEqualTo(ClockStatus.done);
    }

    @Test
    void aMoveStartsThePoliceReRegistrationAndForAPermitHolderTheChangeOnThePermit() {
        Move move = new Move(shanghai("2027-11-05T18:00:00"), Optional.empty(), Optional.empty());
        ComplianceFacts arrived = ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"));
        ComplianceFacts permitHolder = arrived.permitIssued(new ResidencePermit(LocalDate.of(2027, 9, 27),
                LocalDate.of(2028, 9, 1), Optional.empty()));

        assertThat(CLOCKS.of(arrived.moved(move))).extracting(ComplianceClock::item)
                .contains(ComplianceItem.address_reregistration)
                .doesNotContain(ComplianceItem.permit_address_change);
        assertThat(clock(arrived.moved(move), ComplianceItem.address_reregistration).dueBy())
                .isEqualTo(shanghai("2027-11-06T18:00:00"));
        assertThat(clock(permitHolder.moved(move), ComplianceItem.permit_address_change).dueDate())
                .isEqualTo(LocalDate.of(2027, 11, 15));
    }

    @Test
    void aStayWithoutAResidencePermitHasNoPermitClocks() {
        List<ComplianceClock> clocks =
                CLOCKS.of(ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00")).withoutResidencePermit());

        assertThat(clocks).extracting(ComplianceClock::item).containsExactly(
                ComplianceItem.accommodation_registration, ComplianceItem.health_check, ComplianceItem.insurance);
    }
}
