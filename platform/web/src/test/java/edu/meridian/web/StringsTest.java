package edu.meridian.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StringsTest {

    @Test
    void blankIsNullAndTextIsStripped() {
        assertThat(Strings.blankToNull(null)).isNull();
        assertThat(Strings.blankToNull(" \t\u3000")).isNull();
        assertThat(Strings.blankToNull("  a b ")).isEqualTo("a b");
    }
}
