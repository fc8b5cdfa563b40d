package edu.meridian.admissions.scholarship;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a holding and a review consistent: a currency of ISO 4217, a period that ends after it starts; a review
 * of an academic year that overlaps the period, of a holding not ended, and a reduction to a lower amount (given only
 * for a reduction).
 */
public final class ScholarshipRules {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private ScholarshipRules() {
    }

    public static List<Problem.FieldError> holdingProblems(ScholarshipContent content) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (!CURRENCIES.contains(content.currency())) {
            problems.add(new Problem.FieldError("currency", FieldErrorCode.INVALID, "is not an ISO 4217 currency",
                    Map.of("value", content.currency())));
        }
        if (!content.periodTo().isAfter(content.periodFrom())) {
            problems.add(new Problem.FieldError("periodTo", FieldErrorCode.NOT_BEFORE,
                    "must be after periodFrom", Map.of("other", "periodFrom")));
        }
        return problems;
    }

    public static List<Problem.FieldError> reviewProblems(ScholarshipContent holding, AcademicYear year,
            ReviewOutcome outcome, BigDecimal newAmount) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (year.end().isBefore(holding.periodFrom()) || year.start().isAfter(holding.periodTo())) {
            problems.add(new Problem.FieldError("academicYear", FieldErrorCode.INVALID,
                    "is outside the scholarship's period"));
        }
        if (outcome == ReviewOutcome.reduced) {
            if (newAmount == null) {
                problems.add(new Problem.FieldError("newAmount", FieldErrorCode.REQUIRED, "is required to reduce"));
            } else if (newAmount.compareTo(holding.amount()) >= 0) {
                problems.add(new Problem.FieldError("newAmount", FieldErrorCode.INVALID,
                        "must be lower than the amount now (" + holding.amount().toPlainString() + ")"));
            }
        } else if (newAmount != null) {
            problems.add(new Problem.FieldError("newAmount", FieldErrorCode.INVALID, "is given only to reduce"));
        }
        return problems;
    }
}
