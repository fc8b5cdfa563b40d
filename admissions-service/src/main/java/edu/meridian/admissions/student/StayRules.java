package edu.meridian.admissions.student;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;
import edu.meridian.web.SaneDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What recorded facts of a stay must hold: nothing recorded happened in the future, nothing met before the arrival,
 * a permit expires after it was issued, and a renewal is applied for after the permit was issued.
 */
public final class StayRules {

    private static final Instant EARLIEST = SaneDates.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = SaneDates.LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private StayRules() {
    }

    public static List<Problem.FieldError> problems(StayFacts facts, Instant now, ZoneId zone) {
        List<Problem.FieldError> problems = new ArrayList<>();
        sane("arrivedAt", facts.arrivedAt(), problems);
        sane("accommodationRegisteredAt", facts.accommodationRegisteredAt(), problems);
        for (int i = 0; i < facts.moves().size(); i++) {
            sane("moves[" + i + "].movedAt", facts.moves().get(i).movedAt(), problems);
            sane("moves[" + i + "].reRegisteredAt", facts.moves().get(i).reRegisteredAt(), problems);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate arrivalDay = facts.arrivedAt().atZone(zone).toLocalDate();
        notFuture("arrivedAt", facts.arrivedAt(), now, problems);
        notBefore("accommodationRegisteredAt", facts.accommodationRegisteredAt(), facts.arrivedAt(), problems);
        notFuture("accommodationRegisteredAt", facts.accommodationRegisteredAt(), now, problems);
        day("healthCheckedOn", facts.healthCheckedOn(), arrivalDay, today, problems);
        day("permitAppliedOn", facts.permitAppliedOn(), arrivalDay, today, problems);
        if (facts.permit() != null) {
            day("permit.issuedOn", facts.permit().issuedOn(), arrivalDay, today, problems);
            if (!facts.permit().expiry().isAfter(facts.permit().issuedOn())) {
                problems.add(new Problem.FieldError("permit.expiry", FieldErrorCode.NOT_BEFORE,
                        "must be after the day the permit was issued", Map.of("other", "permit.issuedOn")));
            }
            day("permit.renewalAppliedOn", facts.permit().renewalAppliedOn(), facts.permit().issuedOn(), today,
                    problems);
        }
        for (int i = 0; i < facts.moves().size(); i++) {
            AddressChange move = facts.moves().get(i);
            String field = "moves[" + i + "]";
            notBefore(field + ".movedAt", move.movedAt(), facts.arrivedAt(), problems);
            notFuture(field + ".movedAt", move.movedAt(), now, problems);
            notBefore(field + ".reRegisteredAt", move.reRegisteredAt(), move.movedAt(), problems);
            notFuture(field + ".reRegisteredAt", move.reRegisteredAt(), now, problems);
            day(field + ".permitUpdatedOn", move.permitUpdatedOn(), move.movedAt().atZone(zone).toLocalDate(), today,
                    problems);
        }
        return problems;
    }

    /** An instant between 1900 and 2200, like the dates {@link SaneDates} lets through. */
    public static void sane(String field, Instant value, List<Problem.FieldError> problems) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.DATE_RANGE, SaneDates.MESSAGE, SaneDates.RANGE));
        }
    }

    private static void notFuture(String field, Instant value, Instant now, List<Problem.FieldError> problems) {
        if (value != null && value.isAfter(now)) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.INVALID, "must not be in the future"));
        }
    }

    private static void notBefore(String field, Instant value, Instant earliest, List<Problem.FieldError> problems) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.NOT_BEFORE, "must not be before the arrival "
                    + "or the move it follows"));
        }
    }

    private static void day(String field, LocalDate value, LocalDate earliest, LocalDate today,
            List<Problem.FieldError> problems) {
        if (value == null) {
            return;
        }
        if (value.isAfter(today)) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.INVALID, "must not be in the future"));
        } else if (earliest != null && value.isBefore(earliest)) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.NOT_BEFORE, "must not be before the arrival "
                    + "or the fact it follows"));
        }
    }
}
