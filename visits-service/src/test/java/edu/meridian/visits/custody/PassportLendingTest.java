package edu.meridian.visits.custody;

import edu.meridian.visits.custody.PassportLending.Code;
import edu.meridian.visits.custody.PassportLending.Finding;
import edu.meridian.visits.custody.PassportLending.Loan;
import edu.meridian.visits.custody.PassportLending.Passport;
import edu.meridian.visits.custody.PassportLending.Trip;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of lending an official passport from custody. */
class PassportLendingTest {

    private static final UUID PASSPORT = new UUID(0, 1);
    private static final UUID CONFERENCE = new UUID(0, 10);
    private static final UUID PARTNER_VISIT = new UUID(0, 11);
    private static final Passport LIU = new Passport(PASSPORT, "liu.yang", LocalDate.of(2030, 5, 1));
    private static final Trip TO_SINGAPORE = new Trip(PARTNER_VISIT, "liu.yang", LocalDate.of(2027, 4, 10));

    @Test
    void aPassportInCustodyMayBeLentToItsHolder() {
        assertThat(PassportLending.refusals(LIU, TO_SINGAPORE, List.of(new Loan(PASSPORT, CONFERENCE, true)))).isEmpty();
        assertThat(PassportLending.warnings(LIU, TO_SINGAPORE)).isEmpty();
    }

    @Test
    void aPassportOutWithAnotherTripIsNotLentAgain() {
        assertThat(PassportLending.refusals(LIU, TO_SINGAPORE, List.of(new Loan(PASSPORT, CONFERENCE, false))))
                .containsExactly(new Finding(Code.lent_elsewhere, Map.of("trip", CONFERENCE)));
    }

    @Test
    void onlyTheHolderTravelsWithIt() {
        Trip someoneElse = new Trip(PARTNER_VISIT, "wang.fang", TO_SINGAPORE.returnDay());

        assertThat(PassportLending.refusals(LIU, someoneElse, List.of()))
                .extracting(Finding::code).containsExactly(Code.not_the_holder);
    }

    @Test
    void itMustLastTheTripAndShouldLastSixMonthsMore() {
        Passport expiresDuringTrip = new Passport(PASSPORT, "liu.yang", LocalDate.of(2027, 4, 9));
        Passport expiresSoonAfter = new Passport(PASSPORT, "liu.yang", LocalDate.of(2027, 10, 9));
        Passport sixMonthsExactly = new Passport(PASSPORT, "liu.yang", LocalDate.of(2027, 10, 10));

        assertThat(PassportLending.refusals(expiresDuringTrip, TO_SINGAPORE, List.of()))
                .containsExactly(new Finding(Code.expires_before_return, Map.of("expiry", LocalDate.of(2027, 4, 9))));
        assertThat(PassportLending.warnings(expiresDuringTrip, TO_SINGAPORE)).isEmpty();
        assertThat(PassportLending.refusals(expiresSoonAfter, TO_SINGAPORE, List.of())).isEmpty();
        assertThat(PassportLending.warnings(expiresSoonAfter, TO_SINGAPORE)).containsExactly(
                new Finding(Code.short_validity, Map.of("expiry", LocalDate.of(2027, 10, 9), "months", 6)));
        assertThat(PassportLending.warnings(sixMonthsExactly, TO_SINGAPORE)).isEmpty();
    }
}
