package edu.meridian.admissions.application;

import edu.meridian.admissions.application.ApplicationRules.Actor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static edu.meridian.admissions.application.ApplicationState.*;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStateTest {

    @Test
    void theChainOfDomainMd() {
        assertThat(draft.next()).containsExactlyInAnyOrder(submitted, withdrawn);
        assertThat(submitted.next()).containsExactlyInAnyOrder(documents_complete, withdrawn);
        assertThat(documents_complete.next()).containsExactlyInAnyOrder(under_review, withdrawn);
        assertThat(under_review.next()).containsExactlyInAnyOrder(offer_conditional, offer_unconditional, waitlisted,
                rejected, withdrawn);
        assertThat(offer_conditional.next()).containsExactlyInAnyOrder(offer_unconditional, offer_accepted,
                offer_declined, withdrawn);
        assertThat(offer_accepted.next()).containsExactlyInAnyOrder(admission_letter_issued, withdrawn);
        assertThat(admission_letter_issued.next()).containsExactlyInAnyOrder(arrived, withdrawn);
        assertThat(arrived.next()).containsExactlyInAnyOrder(registered, withdrawn);
    }

    @Test
    void aWaitlistedApplicationCanStillGetAnOfferOrBeRejected() {
        assertThat(waitlisted.next()).containsExactlyInAnyOrder(offer_conditional, offer_unconditional, rejected, withdrawn);
    }

    @Test
    void anApplicationIsWithdrawnUntilRegistrationAndEndsOnlyOnce() {
        assertThat(Arrays.stream(values()).filter(state -> !state.next().contains(withdrawn)))
                .containsExactlyInAnyOrder(rejected, offer_declined, registered, withdrawn);
        assertThat(Arrays.stream(values()).filter(ApplicationState::isFinal))
                .containsExactlyInAnyOrder(rejected, offer_declined, registered, withdrawn);
    }

    @Test
    void theApplicantSubmitsAndWithdrawsTheOfficerProcesses() {
        assertThat(ApplicationRules.allowed(draft, Actor.APPLICANT)).containsExactlyInAnyOrder(submitted, withdrawn);
        assertThat(ApplicationRules.allowed(draft, Actor.OFFICER)).containsExactly(withdrawn);
        assertThat(ApplicationRules.allowed(submitted, Actor.APPLICANT)).containsExactly(withdrawn);
        assertThat(ApplicationRules.allowed(submitted, Actor.OFFICER)).containsExactlyInAnyOrder(documents_complete, withdrawn);
        assertThat(ApplicationRules.allowed(under_review, Actor.OFFICER))
                .containsExactlyInAnyOrder(waitlisted, rejected, withdrawn);
    }

    @Test
    void offersTheLetterAndRegistrationAreNotTransitions() {
        for (ApplicationState from : values()) {
            for (Actor actor : Actor.values()) {
                assertThat(ApplicationRules.allowed(from, actor)).doesNotContain(offer_conditional, offer_unconditional,
                        offer_accepted, offer_declined, admission_letter_issued, registered);
            }
        }
    }

    @Test
    void theOfficerRecordsTheArrivalOfAnApplicantWithALetter() {
        assertThat(ApplicationRules.allowed(admission_letter_issued, Actor.OFFICER))
                .containsExactlyInAnyOrder(arrived, withdrawn);
        assertThat(ApplicationRules.allowed(admission_letter_issued, Actor.APPLICANT)).containsExactly(withdrawn);
        assertThat(ApplicationRules.allowed(arrived, Actor.OFFICER)).containsExactly(withdrawn);
        for (ApplicationState from : values()) {
            if (from != admission_letter_issued) {
                assertThat(ApplicationRules.allowed(from, Actor.OFFICER)).doesNotContain(arrived);
            }
        }
    }

    @Test
    void rejectionAndTheOfficesWithdrawalNeedAReason() {
        assertThat(ApplicationRules.needsReason(rejected, Actor.OFFICER)).isTrue();
        assertThat(ApplicationRules.needsReason(withdrawn, Actor.OFFICER)).isTrue();
        assertThat(ApplicationRules.needsReason(withdrawn, Actor.APPLICANT)).isFalse();
        assertThat(ApplicationRules.needsReason(waitlisted, Actor.OFFICER)).isFalse();
    }

    @Test
    void offersAreMadeDuringReviewOnTheWaitlistAndBesideOpenOffers() {
        assertThat(Arrays.stream(values()).filter(ApplicationState::takesOffers))
                .containsExactlyInAnyOrder(under_review, waitlisted, offer_conditional, offer_unconditional);
    }
}
