package edu.meridian.admissions.visa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FormNumberTest {

    @Test
    void aSeriesPrefixOfLettersAndASerialOfSixToTenDigits() {
        assertThat(FormNumber.parse("A26001234")).contains(new FormNumber("A", 26_001_234, 8));
        assertThat(FormNumber.parse(" jwb000017 ")).contains(new FormNumber("JWB", 17, 6));
        assertThat(FormNumber.parse("JWB000017").orElseThrow().text()).isEqualTo("JWB000017");
    }

    @Test
    void anythingElseIsNoNumber() {
        assertThat(FormNumber.parse(null)).isEmpty();
        assertThat(FormNumber.parse("")).isEmpty();
        assertThat(FormNumber.parse("26001234")).as("no prefix").isEmpty();
        assertThat(FormNumber.parse("A12345")).as("five digits").isEmpty();
        assertThat(FormNumber.parse("A12345678901")).as("eleven digits").isEmpty();
        assertThat(FormNumber.parse("ABCDE123456")).as("five letters").isEmpty();
        assertThat(FormNumber.parse("A 123456")).isEmpty();
        assertThat(FormNumber.parse("A-123456")).isEmpty();
        assertThat(FormNumber.parse("A１２３４５６")).as("full-width digits").isEmpty();
        assertThat(FormNumber.parse("A123456B")).isEmpty();
    }

    @Test
    void leadingZerosBelongToTheSeries() {
        FormNumber sixDigits = FormNumber.parse("A001234").orElseThrow();
        FormNumber sevenDigits = FormNumber.parse("A0001234").orElseThrow();

        assertThat(sixDigits).isNotEqualTo(sevenDigits);
        assertThat(sixDigits.sameSeries(sevenDigits)).isFalse();
        assertThat(sixDigits.plus(1).text()).isEqualTo("A001235");
    }

    @Test
    void aSerialThatOutgrowsItsWidthIsNoNumberOfTheSeries() {
        FormNumber last = FormNumber.parse("A999999").orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> last.plus(1));
    }
}
