package edu.meridian.admissions.visa;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which number a student's form gets. Every number ever issued stays used, and so does every voided one: a voided
 * form is kept with its reason and its number is never handed out again, so a reissue takes a new number.
 */
public final class FormIssue {

    private FormIssue() {
    }

    public enum Refusal {
        not_in_a_batch, other_form_type, already_issued, voided
    }

    /** The lowest free number in the earliest-received batch of the type that has one; empty when all are used. */
    public static Optional<FormNumber> nextFree(VisaFormType type, List<FormBatch> batchesInOrderReceived,
            Set<FormNumber> issued, Set<FormNumber> voided) {
        return batchesInOrderReceived.stream()
                .filter(batch -> batch.type() == type)
                .flatMap(FormBatch::numbers)
                .filter(number -> !issued.contains(number) && !voided.contains(number))
                .findFirst();
    }

    /** Why the form with this number, picked from the stack by hand, may not be issued; empty when it may. */
    public static Optional<Refusal> refusal(FormNumber number, VisaFormType type, List<FormBatch> batches,
            Set<FormNumber> issued, Set<FormNumber> voided) {
        Optional<FormBatch> batch = batches.stream().filter(candidate -> candidate.contains(number)).findFirst();
        if (batch.isEmpty()) {
            return Optional.of(Refusal.not_in_a_batch);
        }
        if (batch.get().type() != type) {
            return Optional.of(Refusal.other_form_type);
        }
        if (voided.contains(number)) {
            return Optional.of(Refusal.voided);
        }
        return issued.contains(number) ? Optional.of(Refusal.already_issued) : Optional.empty();
    }
}
