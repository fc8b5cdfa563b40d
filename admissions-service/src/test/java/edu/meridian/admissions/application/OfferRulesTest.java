package edu.meridian.admissions.application;

import edu.meridian.admissions.application.OfferRules.Made;
import edu.meridian.admissions.application.OfferRules.Refusal;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples for an intake starting on 1 September 2027, offers made on 10 May 2027. */
class OfferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final LocalDate STARTS = LocalDate.of(2027, 9, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);

    @Test
    void aConditionalOfferNamesItsConditionsAndAnUnconditionalOneNone() {
        assertThat(OfferRules.issueProblems(OfferKind.conditional, List.of("Final HSSC certificate"), DEADLINE, TODAY,
                STARTS)).isEmpty();
        assertThat(OfferRules.issueProblems(OfferKind.conditional, List.of(), DEADLINE, TODAY, STARTS))
                .extracting(FieldError::field).containsExactly("conditions");
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, List.of("x"), DEADLINE, TODAY, STARTS))
                .extracting(FieldError::field).containsExactly("conditions");
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, null, DEADLINE, TODAY, STARTS)).isEmpty();
    }

    @Test
    void theDeadlineIsFromTodayToTheIntakesStart() {
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, null, TODAY, TODAY, STARTS)).isEmpty();
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, null, STARTS, TODAY, STARTS)).isEmpty();
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, null, TODAY.minusDays(1), TODAY, STARTS))
                .extracting(FieldError::field).containsExactly("deadline");
        assertThat(OfferRules.issueProblems(OfferKind.unconditional, null, STARTS.plusDays(1), TODAY, STARTS))
                .extracting(FieldError::field).containsExactly("deadline");
    }

    @Test
    void anOfferIsAnsweredUntilTheEndOfItsDeadlineDay() {
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, DEADLINE, true, 0, 10)).isEmpty();
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, DEADLINE.plusDays(1), true, 0, 10))
                .contains(Refusal.EXPIRED);
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, DEADLINE.plusDays(1), false, 0, 10))
                .contains(Refusal.EXPIRED);
    }

    @Test
    void anOfferIsAcceptedOnlyWhileTheIntakeHasPlacesButDeclinedAnyway() {
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, TODAY, true, 9, 10)).isEmpty();
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, TODAY, true, 10, 10)).contains(Refusal.FULL);
        assertThat(OfferRules.refusal(OfferState.issued, DEADLINE, TODAY, false, 10, 10)).isEmpty();
    }

    @Test
    void onlyAnIssuedOfferIsAnswered() {
        for (OfferState state : List.of(OfferState.accepted, OfferState.declined, OfferState.closed)) {
            assertThat(OfferRules.refusal(state, DEADLINE, TODAY, true, 0, 10)).contains(Refusal.NOT_OPEN);
        }
    }

    @Test
    void theApplicationsStateFollowsItsOffers() {
        ApplicationState review = ApplicationState.under_review;
        assertThat(OfferRules.stateAfter(List.of(), review)).isEqualTo(review);
        assertThat(OfferRules.stateAfter(List.of(new Made(OfferKind.conditional, OfferState.issued)), review))
                .isEqualTo(ApplicationState.offer_conditional);
        assertThat(OfferRules.stateAfter(List.of(new Made(OfferKind.conditional, OfferState.issued),
                new Made(OfferKind.unconditional, OfferState.issued)), review))
                .isEqualTo(ApplicationState.offer_unconditional);
        assertThat(OfferRules.stateAfter(List.of(new Made(OfferKind.conditional, OfferState.issued),
                new Made(OfferKind.unconditional, OfferState.declined)), ApplicationState.offer_unconditional))
                .isEqualTo(ApplicationState.offer_conditional);
        assertThat(OfferRules.stateAfter(List.of(new Made(OfferKind.conditional, OfferState.accepted),
                new Made(OfferKind.unconditional, OfferState.closed)), ApplicationState.offer_unconditional))
                .isEqualTo(ApplicationState.offer_accepted);
        assertThat(OfferRules.stateAfter(List.of(new Made(OfferKind.conditional, OfferState.declined),
                new Made(OfferKind.unconditional, OfferState.declined)), ApplicationState.offer_unconditional))
                .isEqualTo(ApplicationState.offer_declined);
    }
}
