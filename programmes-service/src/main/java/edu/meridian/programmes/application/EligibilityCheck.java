package edu.meridian.programmes.application;

import edu.meridian.programmes.call.Eligibility;
import edu.meridian.programmes.call.Eligibility.LanguageRequirement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The automatic eligibility check of a submitted application against its call's rules, on plain values. Each rule
 * the call leaves empty admits everyone; every rule the applicant misses gives one reason (all of them, not only the
 * first, so that the applicant learns everything at once). Language: any one accepted test suffices; tests are
 * matched by name ignoring case and surrounding spaces ("ielts " is IELTS), and a score counts from the minimum up.
 */
public final class EligibilityCheck {

    private EligibilityCheck() {
    }

    /** What the applicant declared (GPA, year, language) and their home unit from the token; any may be null. */
    public record Facts(Integer yearOfStudy, BigDecimal gpa, List<LanguageResult> languageResults, String homeUnit) {

        public Facts {
            languageResults = languageResults == null ? List.of() : List.copyOf(languageResults);
        }
    }

    /** The reasons the applicant is not eligible; empty when eligible. */
    public static List<IneligibilityReason> reasons(Eligibility rules, Facts facts) {
        List<IneligibilityReason> reasons = new ArrayList<>();
        if (!rules.yearsOfStudy().isEmpty()
                && (facts.yearOfStudy() == null || !rules.yearsOfStudy().contains(facts.yearOfStudy()))) {
            reasons.add(new IneligibilityReason(IneligibilityCode.YEAR_OF_STUDY,
                    "the call is for students in year " + join(rules.yearsOfStudy()) + " of their studies"
                            + (facts.yearOfStudy() == null ? "; no year of study was given" : ", not year " + facts.yearOfStudy()),
                    params("allowed", rules.yearsOfStudy(), "actual", facts.yearOfStudy())));
        }
        if (rules.minGpa() != null) {
            if (facts.gpa() == null) {
                reasons.add(new IneligibilityReason(IneligibilityCode.GPA_MISSING,
                        "the call asks for a GPA of at least " + rules.minGpa() + "; no GPA was given",
                        Map.of("minGpa", rules.minGpa())));
            } else if (facts.gpa().compareTo(rules.minGpa()) < 0) {
                reasons.add(new IneligibilityReason(IneligibilityCode.GPA_BELOW_MINIMUM,
                        "the GPA " + facts.gpa() + " is below the call's minimum of " + rules.minGpa(),
                        Map.of("minGpa", rules.minGpa(), "gpa", facts.gpa())));
            }
        }
        if (!rules.languageTests().isEmpty() && rules.languageTests().stream().noneMatch(required -> meets(required, facts))) {
            reasons.add(new IneligibilityReason(IneligibilityCode.LANGUAGE,
                    "no language result reaches " + String.join(" or ", rules.languageTests().stream()
                            .map(required -> required.test() + " " + required.minScore()).toList()),
                    Map.of("accepted", rules.languageTests().stream()
                            .map(required -> Map.of("test", required.test(), "minScore", required.minScore())).toList())));
        }
        if (!rules.homeUnits().isEmpty()
                && (facts.homeUnit() == null || !rules.homeUnits().contains(facts.homeUnit()))) {
            reasons.add(new IneligibilityReason(IneligibilityCode.HOME_UNIT,
                    "the call is for " + String.join(", ", rules.homeUnits())
                            + (facts.homeUnit() == null ? "; the applicant has no home unit" : ", not " + facts.homeUnit()),
                    params("allowed", rules.homeUnits(), "unit", facts.homeUnit())));
        }
        return reasons;
    }

    private static boolean meets(LanguageRequirement required, Facts facts) {
        return facts.languageResults().stream().anyMatch(result -> sameTest(result.test(), required.test())
                && result.score() != null && result.score().compareTo(required.minScore()) >= 0);
    }

    static boolean sameTest(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String join(List<Integer> years) {
        return String.join(" or ", years.stream().map(String::valueOf).toList());
    }

    /** The params, the second left out when null (a value that is missing is not named). */
    private static Map<String, Object> params(String key, Object value, String otherKey, Object other) {
        return other == null ? Map.of(key, value) : Map.of(key, value, otherKey, other);
    }
}
