package edu.meridian.programmes.selection;

import java.util.List;
import java.util.UUID;

/**
 * What one application got, and why.
 *
 * @param destination      the institution id of the place, when allocated
 * @param choice           which of the applicant's choices that is (1 = first), when allocated
 * @param waitlistPosition 1 for the first to move up, when waitlisted
 * @param explanation      each choice tried before the outcome ({@code choice-full}, {@code choice-without-places}),
 *                         then the outcome ({@code allocated} or {@code waitlisted})
 */
public record AllocationDecision(UUID applicationId, int rank, AllocationOutcome outcome, UUID destination,
        Integer choice, Integer waitlistPosition, List<Reason> explanation) {

    public AllocationDecision {
        explanation = List.copyOf(explanation);
    }
}
