package edu.meridian.programmes.grant;

import edu.meridian.programmes.call.Budget;
import edu.meridian.programmes.grant.GrantRepository.Sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A call's budget against what is awarded: the grants that draw on it (awarded or paid, per currency; only the
 * budget's currency when it has one) and those that other funders pay. {@code remaining} is null without a budget.
 */
public record CallFunding(UUID callId, Budget budget, List<Sum> fromBudget, List<Sum> fromOthers) {

    public BigDecimal awarded() {
        return budget == null ? null : fromBudget.stream().filter(sum -> sum.currency().equals(budget.currency()))
                .map(Sum::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return budget == null ? null : budget.amount().subtract(awarded());
    }
}
