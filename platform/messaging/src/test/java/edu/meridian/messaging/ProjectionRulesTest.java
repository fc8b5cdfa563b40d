package edu.meridian.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRulesTest {

    @Test
    void theFirstEventOfAnAggregateIsApplied() {
        assertThat(ProjectionRules.replaces(null, 0, false)).isTrue();
        assertThat(ProjectionRules.replaces(null, 7, true)).isTrue();
    }

    @Test
    void aNewerVersionReplacesAndAnOlderOrEqualOneDoesNot() {
        assertThat(ProjectionRules.replaces(3L, 4, false)).isTrue();
        assertThat(ProjectionRules.replaces(3L, 3, false)).as("a redelivery, or an alert that changed nothing").isFalse();
        assertThat(ProjectionRules.replaces(3L, 2, false)).as("an earlier event redelivered late").isFalse();
    }

    @Test
    void aDeletionReplacesTheVersionItDeletedButNotANewerOne() {
        assertThat(ProjectionRules.replaces(3L, 3, true)).isTrue();
        assertThat(ProjectionRules.replaces(4L, 3, true)).isFalse();
    }
}
