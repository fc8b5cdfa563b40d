package edu.meridian.admissions.application;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers, one per programme choice: a conditional one names its conditions, an unconditional one none; its deadline
 * is a day from today up to the intake's start, and the applicant answers it until the end of that day (in the
 * university's time zone). An offer is accepted only while the intake has places left; the application's state
 * follows its offers.
 */
public final class OfferRules {

    /** Why an offer cannot be accepted or declined now. */
    public enum Refusal { NOT_OPEN, EXPIRED, FULL }

    private OfferRules() {
    }

    /** What is wrong with an offer the office is about to make. */
    public static List<FieldError> issueProblems(OfferKind kind, List<String> conditions, LocalDate deadline,
            LocalDate today, LocalDate intakeStarts) {
        List<FieldError> problems = new ArrayList<>();
        boolean hasConditions = conditions != null && !conditions.isEmpty();
        if (kind == OfferKind.conditional && !hasConditions) {
            problems.add(new FieldError("conditions", FieldErrorCode.REQUIRED, "are required for a conditional offer"));
        }
        if (kind == OfferKind.unconditional && hasConditions) {
            problems.add(new FieldError("conditions", FieldErrorCode.INVALID, "are given only with a conditional offer"));
        }
        if (deadline.isBefore(today)) {
            problems.add(new FieldError("deadline", FieldErrorCode.WINDOW_PASSED, "must be today or later",
                    Map.of("today", today.toString())));
        } else if (intakeStarts != null && deadline.isAfter(intakeStarts)) {
            problems.add(new FieldError("deadline", FieldErrorCode.MAX, "must be on or before the intake's start",
                    Map.of("value", intakeStarts.toString())));
        }
        return problems;
    }

    /** The deadline has passed: answers are taken until the end of the deadline's day. */
    public static boolean expired(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }

    /**
     * Why the applicant cannot answer this offer now, if they cannot: it is no longer issued, its deadline has passed,
     * or (accepting) the intake's places are all taken by accepted offers.
     */
    public static Optional<Refusal> refusal(OfferState state, LocalDate deadline, LocalDate today, boolean accepting,
            long acceptedInIntake, int places) {
        if (state != OfferState.issued) {
            return Optional.of(Refusal.NOT_OPEN);
        }
        if (expired(deadline, today)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (accepting && acceptedInIntake >= places) {
            return Optional.of(Refusal.FULL);
        }
        return Optional.empty();
    }

    /** An offer as the application's state sees it. */
    public record Made(OfferKind kind, OfferState state) {
    }

    /**
     * The application's state from its offers: accepted if one is; otherwise unconditional if an issued one is, else
     * conditional if one is still issued; declined when every offer was declined; {@code current} when there are
     * none.
     */
    public static ApplicationState stateAfter(List<Made> offers, ApplicationState current) {
        if (offers.isEmpty()) {
            return current;
        }
        if (offers.stream().anyMatch(offer -> offer.state() == OfferState.accepted)) {
            return ApplicationState.offer_accepted;
        }
        List<Made> open = offers.stream().filter(offer -> offer.state() == OfferState.issued).toList();
        if (open.stream().anyMatch(offer -> offer.kind() == OfferKind.unconditional)) {
            return ApplicationState.offer_unconditional;
        }
        if (!open.isEmpty()) {
            return ApplicationState.offer_conditional;
        }
        return offers.stream().allMatch(offer -> offer.state() == OfferState.declined) ? ApplicationState.offer_declined
                : current;
    }
}
