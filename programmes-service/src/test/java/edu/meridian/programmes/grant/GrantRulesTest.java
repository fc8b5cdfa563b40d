package edu.meridian.programmes.grant;

import edu.meridian.programmes.call.Budget;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grant rules with worked examples: a Chun Miao call with a budget of 200,000 CNY. */
class GrantRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Budget BUDGET = new Budget(new BigDecimal("200000"), "CNY");

    @Test
    void aGrantIsInAKnownCurrencyWithItsDecimalsAndItsInstalmentsAddUpToIt() {
        List<Instalment> halves = List.of(new Instalment(new BigDecimal("10000"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2)),
                new Instalment(new BigDecimal("10000.00"), LocalDate.of(2026, 10, 1), null));
        assertThat(GrantRules.contentProblems(new BigDecimal("20000"), "CNY", halves, TODAY)).isEmpty();
        assertThat(GrantRules.contentProblems(new BigDecimal("20000"), "CNY", List.of(), TODAY)).isEmpty();

        assertThat(GrantRules.contentProblems(new BigDecimal("25000"), "CNY", halves, TODAY))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instalments", FieldErrorCode.INVALID));
        assertThat(GrantRules.contentProblems(new BigDecimal("100"), "XYZ", List.of(), TODAY))
                .extracting(FieldError::field).containsExactly("currency");
        assertThat(GrantRules.contentProblems(new BigDecimal("150000.50"), "JPY", List.of(), TODAY))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", FieldErrorCode.DIGITS));
        assertThat(GrantRules.contentProblems(new BigDecimal("150000.00"), "JPY", List.of(), TODAY)).isEmpty();
        List<Instalment> paidTomorrow = List.of(new Instalment(new BigDecimal("100"), TODAY, TODAY.plusDays(1)));
        assertThat(GrantRules.contentProblems(new BigDecimal("100"), "SGD", paidTomorrow, TODAY))
                .extracting(FieldError::field).containsExactly("instalments[0].paidOn");
    }

    @Test
    void anAwardBeyondTheBudgetIsRefusedByTheAmountItExceeds() {
        assertThat(GrantRules.overBudget(BUDGET, new BigDecimal("150000"), new BigDecimal("50000"))).isEmpty();
        assertThat(GrantRules.overBudget(BUDGET, new BigDecimal("150000"), new BigDecimal("60000")))
                .hasValueSatisfying(excess -> assertThat(excess).isEqualByComparingTo("10000"));
        assertThat(GrantRules.overBudget(null, new BigDecimal("1000000"), new BigDecimal("1"))).isEmpty();

        assertThat(GrantRules.currencyProblem(BUDGET, "CNY")).isEmpty();
        assertThat(GrantRules.currencyProblem(BUDGET, "SGD")).hasValueSatisfying(problem -> {
            assertThat(problem.field()).isEqualTo("currency");
            assertThat(problem.params()).containsEntry("allowed", List.of("CNY"));
        });
        assertThat(GrantRules.currencyProblem(null, "SGD")).isEmpty();
    }

    @Test
    void theUniversitysOwnMoneyDrawsOnTheBudgetOutsideFundersDoNot() {
        assertThat(Funder.university.drawsOnCallBudget()).isTrue();
        assertThat(Funder.chun_miao_fund.drawsOnCallBudget()).isTrue();
        assertThat(Funder.csc.drawsOnCallBudget()).isFalse();
        assertThat(Funder.partner_scholarship.drawsOnCallBudget()).isFalse();
        assertThat(GrantState.withdrawn.counts()).isFalse();
        assertThat(GrantState.repaid.counts()).isFalse();
        assertThat(GrantState.paid.counts()).isTrue();
    }

    @Test
    void paidWhenEveryInstalmentIsWithdrawnOnlyWhileNothingIsPaid() {
        Instalment paid = new Instalment(new BigDecimal("10000"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2));
        Instalment due = new Instalment(new BigDecimal("10000"), LocalDate.of(2026, 10, 1), null);
        assertThat(GrantRules.notReady(GrantState.paid, List.of(paid, due))).isPresent();
        assertThat(GrantRules.notReady(GrantState.paid, List.of())).isPresent();
        assertThat(GrantRules.notReady(GrantState.paid, List.of(paid))).isEmpty();
        assertThat(GrantRules.notReady(GrantState.withdrawn, List.of(paid, due))).isPresent();
        assertThat(GrantRules.notReady(GrantState.withdrawn, List.of(due))).isEmpty();
        assertThat(GrantState.awarded.next()).containsExactlyInAnyOrder(GrantState.paid, GrantState.withdrawn);
        assertThat(GrantState.paid.next()).containsExactly(GrantState.repaid);
        assertThat(GrantRules.needsReason(GrantState.repaid)).isTrue();
        assertThat(GrantRules.needsReason(GrantState.paid)).isFalse();
    }
}
