package edu.meridian.visits.delegation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static edu.meridian.visits.delegation.DelegationState.*;
import static org.assertj.core.api.Assertions.assertThat;

class DelegationStateTest {

    @Test
    void theChainOfDomainMd() {
        assertThat(requested.next()).containsExactlyInAnyOrder(approved, rejected, cancelled);
        assertThat(approved.next()).containsExactlyInAnyOrder(scheduled, cancelled);
        assertThat(scheduled.next()).containsExactlyInAnyOrder(ongoing, cancelled);
        assertThat(ongoing.next()).containsExactly(completed);
        assertThat(completed.next()).containsExactly(reported);
    }

    @Test
    void aVisitIsCancelledOnlyBeforeItStartsAndEndsOnlyOnce() {
        assertThat(Arrays.stream(values()).filter(state -> state.next().contains(cancelled)))
                .containsExactlyInAnyOrder(requested, approved, scheduled);
        assertThat(Arrays.stream(values()).filter(state -> state.next().isEmpty()))
                .containsExactlyInAnyOrder(rejected, reported, cancelled);
        assertThat(Arrays.stream(values()).filter(DelegationState::owesReport)).containsExactly(completed);
    }
}
