package edu.meridian.programmes.partner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementStatesTest {

    @Test
    void onlyActiveAndExpiringAgreementsAreInForce() {
        assertThat(AgreementStates.inForce("active")).isTrue();
        assertThat(AgreementStates.inForce("expiring")).isTrue();
        for (String state : new String[] {"draft", "under_review", "approved", "signed", "expired", "renewed", "terminated",
                "a_state_added_later"}) {
            assertThat(AgreementStates.inForce(state)).as(state).isFalse();
        }
    }

    @Test
    void expiredAndTerminatedAgreementsHaveEnded() {
        assertThat(AgreementStates.ended("expired")).isTrue();
        assertThat(AgreementStates.ended("terminated")).isTrue();
        assertThat(AgreementStates.ended("renewed")).as("its successor takes over").isFalse();
        assertThat(AgreementStates.ended("expiring")).isFalse();
    }
}
