package edu.meridian.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchesTest {

    @Test
    void matchesTheTextAnywhereIgnoringCaseWithItsWildcardsTakenLiterally() {
        assertThat(Searches.containing("  Wien ")).isEqualTo("%wien%");
        assertThat(Searches.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
