package edu.meridian.admissions.programme;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;

/**
 * The least language test result a programme accepts; each bound is optional, and a programme without any asks for no
 * test. An English-taught programme accepts IELTS or TOEFL iBT, a Chinese-taught one HSK.
 */
public record LanguageRequirement(
        @DecimalMin("0") @DecimalMax("9") @Digits(integer = 1, fraction = 1) BigDecimal minIelts,
        @Min(0) @Max(120) Integer minToefl,
        @Min(1) @Max(9) Integer minHsk) {

    public static final LanguageRequirement NONE = new LanguageRequirement(null, null, null);

    public boolean asksForATest() {
        return minIelts != null || minToefl != null || minHsk != null;
    }
}
