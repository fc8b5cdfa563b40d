package edu.meridian.programmes.mobility;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of mobilities, on plain values.
 *
 * <p>Only the office moves a mobility. It starts ({@code ongoing}) once the participant has arrived (the actual start
 * is recorded and not in the future) and, for an outbound student, once the learning agreement lists courses and the
 * student, the home unit and the host have approved it. It is {@code completed} once the actual end is recorded (not
 * in the future, not before the start). An outbound student's stay is {@code recognised} once the credits recognised
 * are recorded (at most the home credits the agreement promises) and the report is in; other stays need neither.
 * Cancelling needs a reason.
 *
 * <p>The participant and the office write the learning agreement while the stay is planned or ongoing; any change of
 * its courses voids the approvals ({@link LearningAgreement#revised}). The participant approves for the student (the
 * office does when the participant has no account here, as an inbound student may not), the liaison of the mobility's
 * unit for the home unit, the office for the host.
 */
public final class MobilityRules {

    private MobilityRules() {
    }

    /** Who is acting on the mobility. */
    public enum Actor { PARTICIPANT, UNIT_LIAISON, OFFICE }

    /** What the readiness of a move depends on. */
    public record Facts(boolean earnsCredits, LocalDate actualStart, LocalDate actualEnd, LearningAgreement agreement,
            BigDecimal creditsRecognised, String report) {
    }

    public static Set<MobilityState> allowed(MobilityState from, Set<Actor> actors) {
        return actors.contains(Actor.OFFICE) ? from.next() : EnumSet.noneOf(MobilityState.class);
    }

    public static boolean needsReason(MobilityState to) {
        return to == MobilityState.cancelled;
    }

    /** What is still missing before the mobility can move to {@code to}; empty when it can. */
    public static List<FieldError> notReady(Facts facts, MobilityState to, LocalDate today) {
        List<FieldError> missing = new ArrayList<>();
        switch (to) {
            case ongoing -> {
                if (facts.actualStart() == null) {
                    missing.add(required("actualStart", "must be recorded when the participant has arrived"));
                } else if (facts.actualStart().isAfter(today)) {
                    missing.add(new FieldError("actualStart", FieldErrorCode.NOT_FUTURE, "is after today"));
                }
                if (facts.earnsCredits() && !facts.agreement().approved()) {
                    missing.add(new FieldError("learningAgreement", FieldErrorCode.INVALID,
                            "must list courses approved by the student, the home unit and the host"));
                }
            }
            case completed -> {
                if (facts.actualEnd() == null) {
                    missing.add(required("actualEnd", "must be recorded when the participant has left"));
                } else if (facts.actualEnd().isAfter(today)) {
                    missing.add(new FieldError("actualEnd", FieldErrorCode.NOT_FUTURE, "is after today"));
                }
            }
            case recognised -> {
                if (facts.earnsCredits() && facts.creditsRecognised() == null) {
                    missing.add(required("creditsRecognised", "must be recorded before the stay is recognised"));
                }
                if (facts.earnsCredits() && (facts.report() == null || facts.report().isBlank())) {
                    missing.add(required("report", "must be written before the stay is recognised"));
                }
            }
            case planned, cancelled -> {
            }
        }
        return missing;
    }

    /**
     * The dates and credits the office records: an end never before its start, actual dates never in the future,
     * recognised credits at most the home credits the learning agreement promises.
     */
    public static List<FieldError> detailProblems(MobilityContent content, LearningAgreement agreement, boolean earnsCredits,
            LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        notBefore(problems, "plannedEnd", content.plannedEnd(), "plannedStart", content.plannedStart());
        notBefore(problems, "actualEnd", content.actualEnd(), "actualStart", content.actualStart());
        notFuture(problems, "actualStart", content.actualStart(), today);
        notFuture(problems, "actualEnd", content.actualEnd(), today);
        if (content.actualEnd() != null && content.actualStart() == null) {
            problems.add(required("actualStart", "must be recorded before the actual end"));
        }
        BigDecimal credits = content.creditsRecognised();
        if (credits != null && earnsCredits && credits.compareTo(agreement.homeCredits()) > 0) {
            problems.add(new FieldError("creditsRecognised", FieldErrorCode.MAX,
                    "must not exceed the " + agreement.homeCredits().toPlainString()
                            + " home credits of the learning agreement",
                    Map.of("value", agreement.homeCredits().toPlainString())));
        }
        return problems;
    }

    /** The parties these actors may approve for; {@code hasAccount}: the participant can sign in and approve themselves. */
    public static Set<Party> mayApprove(Set<Actor> actors, boolean hasAccount) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (actors.contains(Actor.PARTICIPANT) || actors.contains(Actor.OFFICE) && !hasAccount) {
            parties.add(Party.student);
        }
        if (actors.contains(Actor.UNIT_LIAISON)) {
            parties.add(Party.home);
        }
        if (actors.contains(Actor.OFFICE)) {
            parties.add(Party.host);
        }
        return parties;
    }

    /** The participant and the office write the learning agreement and the report. */
    public static boolean mayWrite(Set<Actor> actors) {
        return actors.contains(Actor.PARTICIPANT) || actors.contains(Actor.OFFICE);
    }

    /** The report is written during the stay or after it, until the stay is recognised. */
    public static boolean reportOpen(MobilityState state) {
        return state == MobilityState.ongoing || state == MobilityState.completed;
    }

    private static void notBefore(List<FieldError> problems, String field, LocalDate end, String other, LocalDate start) {
        if (end != null && start != null && end.isBefore(start)) {
            problems.add(new FieldError(field, FieldErrorCode.NOT_BEFORE, "must not be before " + other,
                    Map.of("other", other)));
        }
    }

    private static void notFuture(List<FieldError> problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldError(field, FieldErrorCode.NOT_FUTURE, "is after today"));
        }
    }

    private static FieldError required(String field, String message) {
        return new FieldError(field, FieldErrorCode.REQUIRED, message);
    }
}
