package edu.meridian.programmes.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An application that takes part in the selection, with what the ranking and the allocation need of it.
 *
 * @param choices     the destinations (institution ids of the call's destinations), first choice first; none twice
 * @param gpa         on the university's 4-point scale; null where none applies (staff), which ranks below any GPA
 *                    in the tie-break
 * @param submittedAt when the application was submitted
 */
public record Candidate(UUID applicationId, List<UUID> choices, BigDecimal gpa, Instant submittedAt) {

    public Candidate {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        choices = List.copyOf(choices);
        if (choices.isEmpty() || new HashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("application " + applicationId + " needs at least one choice and none twice");
        }
    }
}
