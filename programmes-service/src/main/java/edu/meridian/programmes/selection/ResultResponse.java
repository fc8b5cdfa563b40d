package edu.meridian.programmes.selection;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What an application got in the allocation and why, as codes with params that clients word in the reader's
 * language: the tie-break that placed it below the rank above ({@code tie-criterion}, …) and the explanation, each
 * choice tried ({@code choice-full {choice, destination, places, lastPlaceRank}}, {@code choice-without-places}) then
 * the outcome ({@code allocated {choice, destination}} or {@code waitlisted {position}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultResponse(
        UUID applicationId,
        UUID callId,
        Integer rank,
        BigDecimal score,
        AllocationOutcome outcome,
        UUID destination,
        Integer choice,
        Integer waitlistPosition,
        StoredReason tieBreak,
        List<StoredReason> explanation) {

    /** A college liaison: the outcome of their unit's applications, without scores and explanations. */
    static final Disclosure LIAISON = Disclosure.withholding("score", "tieBreak", "explanation");
    /** A campus system: the published facts, the outcome and the destination. */
    static final Disclosure FACTS = LIAISON.andWithholding("rank", "choice", "waitlistPosition");

    static ResultResponse from(AllocationResult result, Disclosure disclosure) {
        return disclosure.apply(new ResultResponse(result.applicationId, result.callId, result.rank, result.score,
                result.outcome, result.destination, result.choice, result.waitlistPosition, result.tieBreak,
                List.copyOf(result.explanation)));
    }
}
