package edu.meridian.admissions.compliance;

import edu.meridian.admissions.compliance.ComplianceFacts.ResidencePermit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static edu.meridian.admissions.compliance.ComplianceClocksTest.clock;
import static edu.meridian.admissions.compliance.ComplianceClocksTest.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

/** A daily job checks each clock; every threshold is emitted once, and a late check skips the overtaken ones. */
class AlertsToSendTest {

    private static final ComplianceClock RENEWAL = clock(ComplianceFacts.arrivedAt(shanghai("2027-09-02T14:00:00"))
            .permitIssued(new ResidencePermit(LocalDate.of(2027, 9, 27), LocalDate.of(2028, 6, 30),
                    Optional.empty())),
            ComplianceItem.permit_renewal);

    @Test
    void eachThresholdIsEmittedOnceOnTheDayItIsReached() {
        Set<Alert> sent = new HashSet<>();

        assertThat(AlertsToSend.next(RENEWAL, shanghai("2028-04-30T09:00:00"), sent)).isEmpty();
        Optional<Alert> sixtyDays = AlertsToSend.next(RENEWAL, shanghai("2028-05-01T09:00:00"), sent);
        assertThat(sixtyDays).contains(Alert.near(ComplianceItem.permit_renewal, Duration.ofDays(60)));
        sent.add(sixtyDays.orElseThrow());
        assertThat(AlertsToSend.next(RENEWAL, shanghai("2028-05-02T09:00:00"), sent)).isEmpty();
        Optional<Alert> thirtyDays = AlertsToSend.next(RENEWAL, shanghai("2028-05-31T09:00:00"), sent);
        assertThat(thirtyDays).contains(Alert.near(ComplianceItem.permit_renewal, Duration.ofDays(30)));
        sent.add(thirtyDays.orElseThrow());
        assertThat(AlertsToSend.next(RENEWAL, shanghai("2028-07-01T00:00:00"), sent))
                .contains(Alert.missed(ComplianceItem.permit_renewal));
    }

    @Test
    void aPermitRecordedFiveDaysBeforeExpiryGetsOnlyTheSevenDayAlert() {
        assertThat(AlertsToSend.next(RENEWAL, shanghai("2028-06-25T09:00:00"), Set.of()))
                .contains(Alert.near(ComplianceItem.permit_renewal, Duration.ofDays(7)));
    }
}
