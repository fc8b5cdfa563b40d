package edu.meridian.visits.expert;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PermitAlertTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);

    @Test
    void sixtyDaysAheadToPrepareThirtyToActAfterTheExpiryDayExpired() {
        assertThat(PermitAlert.of(EXPIRY, EXPIRY.minusDays(61))).isEmpty();
        assertThat(PermitAlert.of(EXPIRY, EXPIRY.minusDays(60))).contains(PermitAlert.soon);
        assertThat(PermitAlert.of(EXPIRY, EXPIRY.minusDays(31))).contains(PermitAlert.soon);
        assertThat(PermitAlert.of(EXPIRY, EXPIRY.minusDays(30))).contains(PermitAlert.urgent);
        assertThat(PermitAlert.of(EXPIRY, EXPIRY)).contains(PermitAlert.urgent);
        assertThat(PermitAlert.of(EXPIRY, EXPIRY.plusDays(1))).contains(PermitAlert.expired);
    }
}
