package edu.meridian.admissions.scholarship;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.web.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScholarshipRulesTest {

    private static final ScholarshipContent CSC = new ScholarshipContent("China Scholarship Council",
            ScholarshipType.csc_type_b, new BigDecimal("99800.00"), "CNY", LocalDate.parse("2026-09-01"),
            LocalDate.parse("2032-07-31"));

    @Test
    void aHoldingHasAnIsoCurrencyAndAPeriodThatEndsAfterItStarts() {
        assertThat(ScholarshipRules.holdingProblems(CSC)).isEmpty();
        assertThat(ScholarshipRules.holdingProblems(new ScholarshipContent("x", ScholarshipType.other, BigDecimal.TEN,
                "XYZ", LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-01"))))
                .extracting(Problem.FieldError::field).containsExactly("currency", "periodTo");
    }

    @Test
    void aReviewIsOfAYearInThePeriodAndOnlyAReductionGivesALowerAmount() {
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2027/28"), ReviewOutcome.continued, null))
                .isEmpty();
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2025/26"), ReviewOutcome.continued, null))
                .extracting(Problem.FieldError::field).containsExactly("academicYear");
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2027/28"), ReviewOutcome.reduced, null))
                .extracting(Problem.FieldError::field).containsExactly("newAmount");
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2027/28"), ReviewOutcome.reduced,
                new BigDecimal("99800.00"))).extracting(Problem.FieldError::field).containsExactly("newAmount");
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2027/28"), ReviewOutcome.reduced,
                new BigDecimal("60000"))).isEmpty();
        assertThat(ScholarshipRules.reviewProblems(CSC, AcademicYear.parse("2027/28"), ReviewOutcome.suspended,
                new BigDecimal("60000"))).extracting(Problem.FieldError::field).containsExactly("newAmount");
    }

    @Test
    void theOutcomeSetsTheState() {
        assertThat(ReviewOutcome.continued.state()).isEqualTo(ScholarshipState.active);
        assertThat(ReviewOutcome.reduced.state()).isEqualTo(ScholarshipState.active);
        assertThat(ReviewOutcome.suspended.state()).isEqualTo(ScholarshipState.suspended);
        assertThat(ReviewOutcome.terminated.state()).isEqualTo(ScholarshipState.terminated);
    }
}
