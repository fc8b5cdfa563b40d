package edu.meridian.programmes.briefing;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import edu.meridian.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of briefings and their registrations, on plain values.
 * <ul>
 * <li>Content: an online briefing has a link and no campus, one on campus has a campus; it ends after it starts;
 * presenting partners, schemes and calls are named once each and exist.</li>
 * <li>Registering: students and teachers register themselves while registration is open and the briefing has not
 * started; the office also registers people (a walk-in, a paper list) once the briefing is held. Nobody is registered
 * beyond the capacity, and a person only once.</li>
 * <li>Cancelling: a person cancels their own registration before the start; the office any time before attendance.</li>
 * <li>Attendance ({@code attended} / {@code absent}) is recorded by the office once the briefing is held.</li>
 * </ul>
 */
public final class BriefingRules {

    private BriefingRules() {
    }

    /** What is wrong with the content whatever the state; {@code known*} are the ids that exist. */
    public static List<FieldError> contentProblems(BriefingContent content, Collection<UUID> knownPartners,
            Collection<UUID> knownSchemes, Collection<UUID> knownCalls) {
        List<FieldError> problems = new ArrayList<>();
        if (content.format() == BriefingFormat.online) {
            if (content.link() == null) {
                problems.add(new FieldError("link", FieldErrorCode.REQUIRED, "is required for an online briefing"));
            }
            if (content.campus() != null) {
                problems.add(new FieldError("campus", FieldErrorCode.INVALID,
                        "must be empty for an online briefing (only one on campus has a campus)"));
            }
        } else if (content.campus() == null) {
            problems.add(new FieldError("campus", FieldErrorCode.REQUIRED, "is required for a briefing on campus"));
        }
        if (!content.endTime().isAfter(content.startTime())) {
            problems.add(new FieldError("endTime", FieldErrorCode.NOT_BEFORE, "must be after startTime",
                    Map.of("other", "startTime")));
        }
        problems.addAll(references("presentingPartners", content.presentingPartners(), knownPartners, "partner institution"));
        problems.addAll(references("schemeIds", content.schemeIds(), knownSchemes, "scheme"));
        problems.addAll(references("callIds", content.callIds(), knownCalls, "call"));
        return problems;
    }

    /** Lowering the capacity below the places already taken would leave people registered beyond it. */
    public static List<FieldError> capacityProblems(int capacity, long taken) {
        return capacity < taken
                ? List.of(new FieldError("capacity", FieldErrorCode.MIN,
                        "cannot be less than the " + taken + " places already taken", Map.of("value", taken)))
                : List.of();
    }

    /** Why this registration cannot be made now, if it cannot; {@code office} when the office registers someone. */
    public static Optional<ProblemException> registrationRefusal(Briefing briefing, long taken, boolean office,
            Instant now) {
        boolean open = briefing.state == BriefingState.registration_open
                || office && briefing.state == BriefingState.held;
        if (!open) {
            return Optional.of(ProblemException.conflict("briefing-not-open", "Registration not open",
                    "A briefing that is " + briefing.state + " takes no registrations", Map.of("state", briefing.state)));
        }
        if (!office && !now.isBefore(briefing.startsAt)) {
            return Optional.of(ProblemException.conflict("briefing-started", "Briefing started",
                    "Registration ends when the briefing starts (" + briefing.startsAt + ")", Map.of()));
        }
        if (taken >= briefing.capacity) {
            return Optional.of(ProblemException.conflict("briefing-full", "Briefing full",
                    "All " + briefing.capacity + " places of the briefing are taken", Map.of("capacity", briefing.capacity)));
        }
        return Optional.empty();
    }

    /**
     * The states a registration may move to now: for the office, cancelling while registered and attendance once
     * the briefing is held; for the person registered, cancelling before the start.
     */
    public static List<RegistrationState> allowedTransitions(Registration registration, Briefing briefing,
            boolean office, boolean own, Instant now) {
        List<RegistrationState> allowed = new ArrayList<>();
        for (RegistrationState to : registration.state.next()) {
            boolean attendance = to == RegistrationState.attended || to == RegistrationState.absent;
            boolean may = attendance
                    ? office && briefing.state == BriefingState.held
                    : office || own && now.isBefore(briefing.startsAt);
            if (may) {
                allowed.add(to);
            }
        }
        return allowed.stream().sorted().toList();
    }

    private static List<FieldError> references(String field, List<UUID> ids, Collection<UUID> known, String what) {
        List<FieldError> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(new FieldError(field + "[" + i + "]", FieldErrorCode.DUPLICATE, "is listed twice"));
            } else if (!known.contains(ids.get(i))) {
                problems.add(new FieldError(field + "[" + i + "]", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not a known " + what));
            }
        }
        return problems;
    }
}
