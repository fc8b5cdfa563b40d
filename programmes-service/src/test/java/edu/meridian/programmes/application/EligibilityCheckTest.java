package edu.meridian.programmes.application;

import edu.meridian.programmes.application.EligibilityCheck.Facts;
import edu.meridian.programmes.call.Eligibility;
import edu.meridian.programmes.call.Eligibility.LanguageRequirement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the automatic eligibility check, on the rules of the Chun Miao 2026 call: years 2 and 3, GPA at
 * least 3.2, IELTS 6.5 or TOEFL 90 or CET-6 500, and (in some examples) nursing or clinical medicine only.
 */
class EligibilityCheckTest {

    private static final List<LanguageRequirement> LANGUAGE = List.of(
            new LanguageRequirement("IELTS", new BigDecimal("6.5")),
            new LanguageRequirement("TOEFL", new BigDecimal("90")),
            new LanguageRequirement("CET-6", new BigDecimal("500")));
    private static final Eligibility CHUN_MIAO = new Eligibility(List.of(2, 3), new BigDecimal("3.2"), LANGUAGE, List.of());
    private static final Eligibility NURSING_ONLY = new Eligibility(List.of(), null, List.of(), List.of("nursing", "clinical-medicine"));

    @Test
    void aSecondYearWithAGoodGpaAndIeltsMeetsEveryRule() {
        assertThat(EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.60", "nursing", ielts("7.0")))).isEmpty();
    }

    @Test
    void aCallWithoutRulesAdmitsEveryoneEvenWithNothingDeclared() {
        assertThat(EligibilityCheck.reasons(Eligibility.none(), new Facts(null, null, null, null))).isEmpty();
    }

    @Test
    void theMinimumsThemselvesAreEnough() {
        assertThat(EligibilityCheck.reasons(CHUN_MIAO, facts(3, "3.20", "nursing", ielts("6.5")))).isEmpty();
        assertThat(EligibilityCheck.reasons(CHUN_MIAO, facts(3, "3.2", "nursing", result("TOEFL", "90")))).isEmpty();
    }

    @Test
    void aFirstOrFourthYearIsOutsideTheYearsOfStudy() {
        assertThat(codes(EligibilityCheck.reasons(CHUN_MIAO, facts(1, "3.9", "nursing", ielts("8"))))).containsExactly(IneligibilityCode.YEAR_OF_STUDY);
        List<IneligibilityReason> fourth = EligibilityCheck.reasons(CHUN_MIAO, facts(4, "3.9", "nursing", ielts("8")));
        assertThat(fourth).singleElement().satisfies(reason -> {
            assertThat(reason.message()).isEqualTo("the call is for students in year 2 or 3 of their studies, not year 4");
            assertThat(reason.params()).isEqualTo(Map.of("allowed", List.of(2, 3), "actual", 4));
        });
    }

    @Test
    void noYearOfStudyFailsAYearRule() {
        List<IneligibilityReason> reasons = EligibilityCheck.reasons(CHUN_MIAO, facts(null, "3.9", "nursing", ielts("8")));
        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(IneligibilityCode.YEAR_OF_STUDY);
            assertThat(reason.message()).endsWith("no year of study was given");
            assertThat(reason.params()).isEqualTo(Map.of("allowed", List.of(2, 3)));
        });
    }

    @Test
    void aGpaBelowTheMinimumByOneHundredthIsIneligible() {
        List<IneligibilityReason> reasons = EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.19", "nursing", ielts("7")));
        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(IneligibilityCode.GPA_BELOW_MINIMUM);
            assertThat(reason.message()).isEqualTo("the GPA 3.19 is below the call's minimum of 3.2");
            assertThat(reason.params()).containsEntry("minGpa", new BigDecimal("3.2")).containsEntry("gpa", new BigDecimal("3.19"));
        });
    }

    @Test
    void noGpaFailsAMinimumGpa() {
        assertThat(codes(EligibilityCheck.reasons(CHUN_MIAO, facts(2, null, "nursing", ielts("7"))))).containsExactly(IneligibilityCode.GPA_MISSING);
    }

    @Test
    void anyOneAcceptedTestSufficesAndTestNamesIgnoreCaseAndSpaces() {
        assertThat(EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.5", "nursing", result(" cet-6 ", "512")))).isEmpty();
        assertThat(EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.5", "nursing", ielts("6.0"), result("TOEFL", "95")))).isEmpty();
    }

    @Test
    void aScoreBelowEveryAcceptedTestOrAnotherTestIsIneligible() {
        List<IneligibilityReason> low = EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.5", "nursing", ielts("6.0"), result("TOEFL", "89")));
        assertThat(low).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(IneligibilityCode.LANGUAGE);
            assertThat(reason.message()).isEqualTo("no language result reaches IELTS 6.5 or TOEFL 90 or CET-6 500");
        });
        assertThat(codes(EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.5", "nursing", result("DELF", "600")))))
                .as("a test the call does not accept, however high").containsExactly(IneligibilityCode.LANGUAGE);
        assertThat(codes(EligibilityCheck.reasons(CHUN_MIAO, facts(2, "3.5", "nursing"))))
                .as("no result at all").containsExactly(IneligibilityCode.LANGUAGE);
    }

    @Test
    void theHomeUnitMustBeOneOfTheCallsUnits() {
        assertThat(EligibilityCheck.reasons(NURSING_ONLY, facts(1, null, "clinical-medicine"))).isEmpty();
        List<IneligibilityReason> pharmacy = EligibilityCheck.reasons(NURSING_ONLY, facts(1, null, "pharmacy"));
        assertThat(pharmacy).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(IneligibilityCode.HOME_UNIT);
            assertThat(reason.message()).isEqualTo("the call is for nursing, clinical-medicine, not pharmacy");
            assertThat(reason.params()).isEqualTo(Map.of("allowed", List.of("nursing", "clinical-medicine"), "unit", "pharmacy"));
        });
        assertThat(EligibilityCheck.reasons(NURSING_ONLY, facts(1, null, null))).singleElement()
                .satisfies(reason -> assertThat(reason.message()).endsWith("the applicant has no home unit"));
    }

    @Test
    void everyMissedRuleIsAReasonInTheOrderOfTheRules() {
        Eligibility all = new Eligibility(List.of(2, 3), new BigDecimal("3.2"), LANGUAGE, List.of("nursing"));
        assertThat(codes(EligibilityCheck.reasons(all, facts(1, "2.8", "pharmacy", ielts("5.5"))))).containsExactly(
                IneligibilityCode.YEAR_OF_STUDY, IneligibilityCode.GPA_BELOW_MINIMUM, IneligibilityCode.LANGUAGE,
                IneligibilityCode.HOME_UNIT);
    }

    @Test
    void codesAreWrittenLikeFieldErrorCodes() {
        assertThat(IneligibilityCode.GPA_BELOW_MINIMUM.code()).isEqualTo("gpa-below-minimum");
        assertThat(IneligibilityCode.YEAR_OF_STUDY.code()).isEqualTo("year-of-study");
    }

    private static Facts facts(Integer year, String gpa, String unit, LanguageResult... results) {
        return new Facts(year, gpa == null ? null : new BigDecimal(gpa), List.of(results), unit);
    }

    private static LanguageResult ielts(String score) {
        return result("IELTS", score);
    }

    private static LanguageResult result(String test, String score) {
        return new LanguageResult(test, new BigDecimal(score));
    }

    private static List<IneligibilityCode> codes(List<IneligibilityReason> reasons) {
        return reasons.stream().map(IneligibilityReason::code).toList();
    }
}
