package edu.meridian.admissions.application;

import edu.meridian.admissions.programme.InstructionLanguage;

import java.math.BigDecimal;

/**
 * The language tests an application may show, with the range of their results: HSK by level (1–9), IELTS by band
 * (0–9 in half bands), TOEFL iBT by score (0–120).
 */
public enum LanguageTestType {
    HSK(InstructionLanguage.zh, BigDecimal.ONE, new BigDecimal("9"), BigDecimal.ONE),
    IELTS(InstructionLanguage.en, BigDecimal.ZERO, new BigDecimal("9"), new BigDecimal("0.5")),
    TOEFL(InstructionLanguage.en, BigDecimal.ZERO, new BigDecimal("120"), BigDecimal.ONE);

    private final InstructionLanguage language;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    LanguageTestType(InstructionLanguage language, BigDecimal min, BigDecimal max, BigDecimal step) {
        this.language = language;
        this.min = min;
        this.max = max;
        this.step = step;
    }

    public InstructionLanguage language() {
        return language;
    }

    /** Whether the result is one this test gives: in range and a whole number of steps. */
    public boolean validResult(BigDecimal result) {
        return result != null && result.compareTo(min) >= 0 && result.compareTo(max) <= 0
                && result.remainder(step).signum() == 0;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }
}
