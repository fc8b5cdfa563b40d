package edu.meridian.admissions.programme;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a programme and an intake consistent: tuition in a currency of ISO 4217; a language minimum of the
 * programme's own language (IELTS or TOEFL for English, HSK for Chinese); an application window that opens before
 * it closes and closes before the intake starts.
 */
public final class ProgrammeRules {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private ProgrammeRules() {
    }

    public static List<FieldError> programmeProblems(ProgrammeContent programme) {
        List<FieldError> problems = new ArrayList<>();
        if (!CURRENCIES.contains(programme.tuition().currency())) {
            problems.add(new FieldError("tuition.currency", FieldErrorCode.ONE_OF, "is not an ISO 4217 currency code",
                    Map.of("value", programme.tuition().currency())));
        }
        LanguageRequirement requirement = programme.languageRequirement();
        if (programme.language() == InstructionLanguage.zh
                && (requirement.minIelts() != null || requirement.minToefl() != null)) {
            problems.add(new FieldError("languageRequirement", FieldErrorCode.INVALID,
                    "of a programme taught in Chinese is an HSK level, not IELTS or TOEFL"));
        }
        if (programme.language() == InstructionLanguage.en && requirement.minHsk() != null) {
            problems.add(new FieldError("languageRequirement.minHsk", FieldErrorCode.INVALID,
                    "is for programmes taught in Chinese"));
        }
        if (requirement.minIelts() != null && requirement.minIelts().remainder(new BigDecimal("0.5")).signum() != 0) {
            problems.add(new FieldError("languageRequirement.minIelts", FieldErrorCode.INVALID,
                    "must be a whole or half IELTS band"));
        }
        return problems;
    }

    public static List<FieldError> intakeProblems(IntakeContent intake) {
        List<FieldError> problems = new ArrayList<>();
        if (intake.applicationsClose().isBefore(intake.applicationsOpen())) {
            problems.add(new FieldError("applicationsClose", FieldErrorCode.NOT_BEFORE, "must not be before applicationsOpen",
                    Map.of("other", "applicationsOpen")));
        }
        if (!intake.startsOn().isAfter(intake.applicationsClose())) {
            problems.add(new FieldError("startsOn", FieldErrorCode.NOT_BEFORE, "must be after applicationsClose",
                    Map.of("other", "applicationsClose")));
        }
        return problems;
    }
}
