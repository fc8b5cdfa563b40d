package edu.meridian.persistence.personal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void aDocumentNumberKeepsItsFirstCharacterAndLastTwo() {
        assertThat(Masking.documentNumber("E1234567")).isEqualTo("E*****67");
        assertThat(Masking.documentNumber("G12345")).isEqualTo("G***45");
        assertThat(Masking.documentNumber(null)).isNull();
    }

    @Test
    void aValueTooShortToKeepAnythingIsHiddenWhole() {
        assertThat(Masking.documentNumber("E1234")).isEqualTo("*****");
        assertThat(Masking.documentNumber("")).isEmpty();
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        assertThat(Masking.keepEnds("𠀀12345𠀁", 1, 1)).isEqualTo("𠀀*****𠀁");
    }

    @Test
    void aDateShowsItsYearOnly() {
        assertThat(Masking.yearOnly(LocalDate.of(2029, 5, 31))).isEqualTo("2029-**-**");
        assertThat(Masking.yearOnly(null)).isNull();
    }
}
