package edu.meridian.programmes.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.programmes.call.Budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A call's budget against the grants awarded (awarded or paid) to its mobilities: those drawing on the budget
 * ({@code awarded}, {@code remaining}) and those other funders pay, per currency. Without a budget, no limit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingResponse(UUID callId, Budget budget, BigDecimal awarded, BigDecimal remaining,
        List<Amount> fromBudget, List<Amount> fromOtherFunders) {

    public record Amount(BigDecimal amount, String currency) {
    }

    static FundingResponse from(CallFunding funding) {
        return new FundingResponse(funding.callId(), funding.budget(), funding.awarded(), funding.remaining(),
                funding.fromBudget().stream().map(sum -> new Amount(sum.amount(), sum.currency())).toList(),
                funding.fromOthers().stream().map(sum -> new Amount(sum.amount(), sum.currency())).toList());
    }
}
