package edu.meridian.admissions.letter;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LetterWordingTest {

    @Test
    void amountsInYuanWithThousandsSeparators() {
        assertThat(LetterWording.amount(new BigDecimal("40000"))).isEqualTo("40,000");
        assertThat(LetterWording.amount(new BigDecimal("12500.50"))).isEqualTo("12,500.5");
        assertThat(LetterWording.amount(new BigDecimal("8000.00"))).isEqualTo("8,000");
    }

    @Test
    void durationsInBothLanguages() {
        assertThat(LetterWording.durationEn(Period.ofYears(6))).isEqualTo("6 years");
        assertThat(LetterWording.durationEn(Period.ofYears(1))).isEqualTo("1 year");
        assertThat(LetterWording.durationEn(Period.ofMonths(30))).isEqualTo("2 years and 6 months");
        assertThat(LetterWording.durationZh(Period.ofMonths(30))).isEqualTo("2年6个月");
        assertThat(LetterWording.durationZh(Period.ofMonths(6))).isEqualTo("6个月");
    }

    @Test
    void theChineseLetterAddressesTheChineseNameAndKeepsThePassportName() {
        assertThat(LetterWording.chinese(Letters.mbbs("WANG Li", Optional.of("王丽"))).get(2).text())
                .isEqualTo("尊敬的王丽（护照姓名：WANG Li）：");
        assertThat(LetterWording.chinese(Letters.mbbs("WANG Li", Optional.of(" "))).get(2).text())
                .isEqualTo("尊敬的WANG Li：");
    }
}
