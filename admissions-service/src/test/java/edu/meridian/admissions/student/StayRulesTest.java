package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.CompliancePeriods;
import edu.meridian.web.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StayRulesTest {

    /** 2026-09-01 10:00 in Shanghai; the student arrived on 30 August at 00:30 Shanghai time (29 August in UTC). */
    private static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");
    private static final Instant ARRIVAL = Instant.parse("2026-08-29T16:30:00Z");

    private static StayFacts arrived() {
        return new StayFacts(ARRIVAL, true, null, null, null, null, null, List.of());
    }

    private static List<String> fields(StayFacts facts) {
        return StayRules.problems(facts, NOW, CompliancePeriods.CHINA).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void factsMetAfterTheArrivalAndNotInTheFutureAreFine() {
        StayFacts facts = new StayFacts(ARRIVAL, true, ARRIVAL.plusSeconds(3600), LocalDate.parse("2026-08-30"),
                LocalDate.parse("2026-08-01"), LocalDate.parse("2026-09-01"),
                new StayFacts.Permit(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31"), null),
                List.of(new AddressChange(NOW.minusSeconds(7200), NOW.minusSeconds(3600), null)));
        assertThat(fields(facts)).isEmpty();
    }

    @Test
    void theArrivalDayCountsInShanghaiSoTheHealthCheckOnThatDayIsNotBeforeIt() {
        assertThat(fields(new StayFacts(ARRIVAL, true, null, LocalDate.parse("2026-08-30"), null, null, null,
                List.of()))).isEmpty();
        assertThat(fields(new StayFacts(ARRIVAL, true, null, LocalDate.parse("2026-08-29"), null, null, null,
                List.of()))).containsExactly("healthCheckedOn");
    }

    @Test
    void futureFactsAndFactsBeforeTheArrivalAreRefused() {
        assertThat(fields(new StayFacts(NOW.plusSeconds(60), true, null, null, null, null, null, List.of())))
                .contains("arrivedAt");
        assertThat(fields(new StayFacts(ARRIVAL, true, ARRIVAL.minusSeconds(60), null, null, null, null, List.of())))
                .containsExactly("accommodationRegisteredAt");
        assertThat(fields(new StayFacts(ARRIVAL, true, null, LocalDate.parse("2026-09-02"), null, null, null,
                List.of()))).containsExactly("healthCheckedOn");
        assertThat(fields(arrived())).isEmpty();
    }

    @Test
    void aPermitExpiresAfterItWasIssuedAndIsRenewedAfterThat() {
        assertThat(fields(new StayFacts(ARRIVAL, true, null, null, null, null,
                new StayFacts.Permit(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-01"),
                        LocalDate.parse("2026-08-31")), List.of())))
                .containsExactlyInAnyOrder("permit.expiry", "permit.renewalAppliedOn");
    }

    @Test
    void aMoveFollowsTheArrivalAndItsReRegistrationFollowsTheMove() {
        assertThat(fields(new StayFacts(ARRIVAL, true, null, null, null, null, null,
                List.of(new AddressChange(ARRIVAL.minusSeconds(1), null, null),
                        new AddressChange(NOW.minusSeconds(60), NOW.minusSeconds(120), null)))))
                .containsExactly("moves[0].movedAt", "moves[1].reRegisteredAt");
    }

    @Test
    void instantsOutsideTheSaneYearsAreRefusedBeforeAnyDateArithmetic() {
        assertThat(fields(new StayFacts(Instant.MAX, true, Instant.parse("0001-01-01T00:00:00Z"), null, null, null,
                null, List.of()))).containsExactly("arrivedAt", "accommodationRegisteredAt");
    }
}
