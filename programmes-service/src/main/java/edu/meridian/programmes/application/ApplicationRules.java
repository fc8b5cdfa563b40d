package edu.meridian.programmes.application;

import edu.meridian.programmes.call.CallState;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.call.MobilityType;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Roles;
import edu.meridian.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of applications, on plain values: who may move an application where, which moves need a reason,
 * when the call takes applications, which choices are valid and who may apply to which call.
 *
 * <p>The applicant submits their draft (while the call is open) and withdraws. The office runs the rest: review,
 * selection, nomination, the host's decision, confirmation; it also withdraws an application for an applicant who asks
 * by other means, with a reason. Only the service itself moves a submitted application to eligible or ineligible.
 */
public final class ApplicationRules {

    /** At most this many ranked destination choices. */
    public static final int MAX_CHOICES = 5;

    private ApplicationRules() {
    }

    /** Who is moving the application. */
    public enum Actor { APPLICANT, OFFICE }

    /**
     * The states these actors may move the application to now; {@code callOpen}: the call takes submissions today.
     * The applicant's own draft is theirs: the office neither submits nor withdraws it.
     */
    public static Set<ApplicationState> allowed(ApplicationState from, Set<Actor> actors, boolean callOpen) {
        Set<ApplicationState> allowed = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState to : from.next()) {
            boolean applicant = actors.contains(Actor.APPLICANT)
                    && (to == ApplicationState.submitted ? callOpen : to == ApplicationState.withdrawn);
            boolean office = actors.contains(Actor.OFFICE) && from != ApplicationState.draft
                    && from != ApplicationState.submitted;
            if (applicant || office) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    /**
     * Moves that must say why: a rejection (by us or the host), admitting an application the check found ineligible,
     * and a withdrawal the office makes for the applicant.
     */
    public static boolean needsReason(ApplicationState from, ApplicationState to, Set<Actor> actors) {
        return to == ApplicationState.rejected || to == ApplicationState.rejected_by_host
                || from == ApplicationState.ineligible && to == ApplicationState.eligible
                || to == ApplicationState.withdrawn && !actors.contains(Actor.APPLICANT);
    }

    /** Why the call takes no applications today, if it does not: it must be open and today inside its window. */
    public static Optional<String> closedBecause(CallState state, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (state != CallState.open) {
            return Optional.of("the call is " + state + ", not open");
        }
        if (opensOn != null && today.isBefore(opensOn)) {
            return Optional.of("the call opens on " + opensOn);
        }
        if (closesOn != null && today.isAfter(closesOn)) {
            return Optional.of("the call's deadline was " + closesOn);
        }
        return Optional.empty();
    }

    /** The ranked choices: each a destination of the call, none twice. (At least one and at most five: the request.) */
    public static List<FieldError> choiceProblems(List<UUID> choices, Set<UUID> destinations) {
        List<FieldError> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            UUID choice = choices.get(i);
            String field = "choices[" + i + "]";
            if (!destinations.contains(choice)) {
                problems.add(new FieldError(field, FieldErrorCode.NOT_A_DESTINATION, "is not a destination of the call"));
            } else if (!seen.add(choice)) {
                problems.add(new FieldError(field, FieldErrorCode.DUPLICATE, "is already an earlier choice",
                        Map.of("value", choice.toString())));
            }
        }
        return problems;
    }

    /**
     * Who applies to what: home students to outbound calls for students, home teachers to outbound calls for staff,
     * international applicants to inbound calls. The message, if this caller may not apply to this call.
     */
    public static Optional<String> mayNotApply(Set<String> roles, Direction direction, MobilityType mobilityType) {
        boolean forStudents = mobilityType == MobilityType.student_study || mobilityType == MobilityType.student_traineeship;
        boolean fits = direction == Direction.inbound ? roles.contains(Roles.APPLICANT)
                : forStudents ? roles.contains(Roles.STUDENT) : roles.contains(Roles.FACULTY);
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(direction == Direction.inbound ? "is an inbound call: international applicants apply to it"
                : forStudents ? "is a call for home students" : "is a call for home teachers and staff");
    }

    /** What a submission needs besides what the request already checks: a statement. */
    public static List<FieldError> submissionProblems(String statement, List<UUID> choices) {
        List<FieldError> problems = new ArrayList<>();
        if (choices.isEmpty()) {
            problems.add(new FieldError("choices", FieldErrorCode.REQUIRED, "must name at least one destination"));
        }
        if (statement == null || statement.isBlank()) {
            problems.add(new FieldError("statement", FieldErrorCode.REQUIRED, "must not be blank"));
        }
        return problems;
    }
}
