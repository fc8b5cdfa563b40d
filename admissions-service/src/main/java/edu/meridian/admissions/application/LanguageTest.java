package edu.meridian.admissions.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A language test the applicant took: which, the result (HSK level, IELTS band, TOEFL iBT score) and when. */
public record LanguageTest(LanguageTestType type, BigDecimal result, LocalDate takenOn) {
}
