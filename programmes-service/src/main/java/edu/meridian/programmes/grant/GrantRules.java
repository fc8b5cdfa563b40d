package edu.meridian.programmes.grant;

import edu.meridian.programmes.call.Budget;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of grants, on plain values.
 *
 * <p>A grant's currency is an ISO 4217 code and its amount has no more decimals than the currency has (none for
 * yen). Instalments, when given, add up to the amount, and none is paid in the future. A grant is {@code paid} when it
 * has instalments and every one is paid; {@code withdrawn} only while nothing is paid; withdrawing and repaying need a
 * reason.
 *
 * <p>The budget: grants from the university's own money ({@link Funder#drawsOnCallBudget()}) draw on the budget of the
 * mobility's call, in the budget's currency. An award that would take the grants awarded (not withdrawn or repaid)
 * beyond the budget is <em>refused</em> (409), not merely warned about: the budget is the money the office has, and
 * the office raises the call's budget first when more is granted. A call without a budget sets no limit.
 */
public final class GrantRules {

    private GrantRules() {
    }

    public static List<FieldError> contentProblems(BigDecimal amount, String currency, List<Instalment> instalments,
            LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        Optional<Currency> known = currency(currency);
        if (known.isEmpty()) {
            problems.add(new FieldError("currency", FieldErrorCode.ONE_OF, "must be an ISO 4217 currency code"));
        } else if (known.get().getDefaultFractionDigits() >= 0
                && amount.stripTrailingZeros().scale() > known.get().getDefaultFractionDigits()) {
            problems.add(new FieldError("amount", FieldErrorCode.DIGITS,
                    "has more decimals than " + currency + " has",
                    Map.of("integer", 10, "fraction", known.get().getDefaultFractionDigits())));
        }
        if (!instalments.isEmpty()) {
            BigDecimal total = instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(amount) != 0) {
                problems.add(new FieldError("instalments", FieldErrorCode.INVALID,
                        "must add up to the amount " + amount.toPlainString() + "; they add up to " + total.toPlainString(),
                        Map.of("total", amount.toPlainString(), "actual", total.toPlainString())));
            }
        }
        for (int i = 0; i < instalments.size(); i++) {
            LocalDate paidOn = instalments.get(i).paidOn();
            if (paidOn != null && paidOn.isAfter(today)) {
                problems.add(new FieldError("instalments[" + i + "].paidOn", FieldErrorCode.NOT_FUTURE, "is after today"));
            }
        }
        return problems;
    }

    /** A grant drawing on a budget is in the budget's currency. */
    public static Optional<FieldError> currencyProblem(Budget budget, String currency) {
        if (budget == null || budget.currency().equals(currency)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("currency", FieldErrorCode.ONE_OF,
                "must be " + budget.currency() + ", the currency of the call's budget",
                Map.of("allowed", List.of(budget.currency()))));
    }

    /** By how much awarding {@code amount} on top of {@code awarded} would exceed the budget, if it would. */
    public static Optional<BigDecimal> overBudget(Budget budget, BigDecimal awarded, BigDecimal amount) {
        if (budget == null) {
            return Optional.empty();
        }
        BigDecimal excess = awarded.add(amount).subtract(budget.amount());
        return excess.signum() > 0 ? Optional.of(excess) : Optional.empty();
    }

    public static boolean needsReason(GrantState to) {
        return to == GrantState.withdrawn || to == GrantState.repaid;
    }

    /** Why the grant cannot move to {@code to} yet, if it cannot. */
    public static Optional<String> notReady(GrantState to, List<Instalment> instalments) {
        return switch (to) {
            case paid -> instalments.isEmpty() || instalments.stream().anyMatch(instalment -> instalment.paidOn() == null)
                    ? Optional.of("a grant is paid when it has instalments and every one of them is paid")
                    : Optional.empty();
            case withdrawn -> instalments.stream().anyMatch(instalment -> instalment.paidOn() != null)
                    ? Optional.of("an instalment is paid: money paid out comes back as a repayment")
                    : Optional.empty();
            case awarded, repaid -> Optional.empty();
        };
    }

    private static Optional<Currency> currency(String code) {
        return Currency.getAvailableCurrencies().stream().filter(currency -> currency.getCurrencyCode().equals(code))
                .findAny();
    }
}
