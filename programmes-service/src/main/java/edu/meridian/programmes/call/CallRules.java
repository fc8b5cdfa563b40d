package edu.meridian.programmes.call;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.programmes.partner.Condition;
import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a call, on plain values. Places: a destination offers at most what its agreement's cooperation
 * conditions offer for the call's direction, mobility type and academic year (the sum of the matching conditions),
 * unless the office gives a reason. Opening: a window that has not ended, at least one destination, criteria, and
 * every destination's agreement in force (active or expiring) in the partners projection.
 */
public final class CallRules {

    private CallRules() {
    }

    /** The places per year the conditions offer for this direction, mobility type and academic year. */
    public static int placesOffered(List<Condition> conditions, Direction direction, MobilityType mobilityType,
            AcademicYear year) {
        return conditions.stream()
                .filter(condition -> direction.name().equals(condition.direction())
                        && mobilityType.name().equals(condition.mobilityType())
                        && covers(condition, year))
                .mapToInt(Condition::placesPerYear)
                .sum();
    }

    /** Whether the condition's academic-year range (either end open) includes the year; an unreadable end covers nothing. */
    static boolean covers(Condition condition, AcademicYear year) {
        try {
            boolean fromBefore = blank(condition.fromYear())
                    || AcademicYear.parse(condition.fromYear()).startYear() <= year.startYear();
            boolean toAfter = blank(condition.toYear())
                    || AcademicYear.parse(condition.toYear()).startYear() >= year.startYear();
            return fromBefore && toAfter;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Resolves the destinations the office asks for against the scheme's ({@code institution → agreement}): each must
     * be one of them, and named once.
     */
    public static List<FieldError> destinationProblems(List<CallContent.Destination> wanted, Map<UUID, UUID> ofScheme) {
        List<FieldError> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            UUID institution = wanted.get(i).institutionId();
            if (!ofScheme.containsKey(institution)) {
                problems.add(new FieldError("destinations[" + i + "].institutionId", FieldErrorCode.NOT_A_DESTINATION,
                        "is not a destination of the call's scheme"));
            } else if (!seen.add(institution)) {
                problems.add(new FieldError("destinations[" + i + "].institutionId", FieldErrorCode.DUPLICATE,
                        "is already a destination of this call"));
            }
        }
        return problems;
    }

    /** What is wrong with a call's content whatever its state. */
    public static List<FieldError> contentProblems(Call call, Map<UUID, PartnerAgreement> agreements) {
        List<FieldError> problems = new ArrayList<>();
        AcademicYear year = academicYear(call.academicYear);
        if (year == null) {
            problems.add(new FieldError("academicYear", FieldErrorCode.ACADEMIC_YEAR, "must be two consecutive years, such as 2026/27"));
        }
        if (call.opensOn != null && call.closesOn != null && call.closesOn.isBefore(call.opensOn)) {
            problems.add(new FieldError("window.to", FieldErrorCode.NOT_BEFORE, "must not be before window.from",
                    Map.of("other", "window.from")));
        }
        if (year != null) {
            problems.addAll(placeProblems(call, agreements, year));
        }
        problems.addAll(duplicates("requiredDocuments", call.requiredDocuments.stream().map(RequiredDocument::code).toList()));
        problems.addAll(duplicates("criteria", call.criteria.stream().map(Criterion::code).toList()));
        int weights = call.criteria.stream().mapToInt(Criterion::weight).sum();
        if (!call.criteria.isEmpty() && weights != 100) {
            problems.add(new FieldError("criteria", FieldErrorCode.WEIGHTS_TOTAL,
                    "weights must add up to 100, not " + weights, Map.of("total", 100, "actual", weights)));
        }
        problems.addAll(duplicates("reviewers", call.reviewers));
        return problems;
    }

    /** Places above what the agreement offers need the office's reason. */
    static List<FieldError> placeProblems(Call call, Map<UUID, PartnerAgreement> agreements, AcademicYear year) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < call.destinations.size(); i++) {
            CallDestination destination = call.destinations.get(i);
            PartnerAgreement agreement = agreements.get(destination.agreementId);
            int offered = agreement == null ? 0
                    : placesOffered(agreement.conditions, call.direction, call.mobilityType, year);
            if (destination.places > offered && destination.overrideReason == null) {
                problems.add(new FieldError("destinations[" + i + "].places", FieldErrorCode.PLACES_EXCEED_AGREEMENT,
                        "is more than the " + offered + " places its agreement offers for " + call.direction + " "
                                + call.mobilityType + " in " + year + "; give an overrideReason to offer more",
                        Map.of("offered", offered)));
            }
        }
        return problems;
    }

    /** What stops the call from opening on this day; empty when it may open. */
    public static List<FieldError> openingProblems(Call call, Map<UUID, PartnerAgreement> agreements, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (call.opensOn == null || call.closesOn == null) {
            problems.add(new FieldError("window", FieldErrorCode.REQUIRED, "is required to open the call"));
        } else if (call.closesOn.isBefore(today)) {
            problems.add(new FieldError("window.to", FieldErrorCode.WINDOW_PASSED, "has passed: a call cannot open after its window"));
        }
        if (call.destinations.isEmpty()) {
            problems.add(new FieldError("destinations", FieldErrorCode.REQUIRED, "at least one is required to open the call"));
        }
        if (call.criteria.isEmpty()) {
            problems.add(new FieldError("criteria", FieldErrorCode.REQUIRED, "at least one is required to open the call"));
        }
        for (int i = 0; i < call.destinations.size(); i++) {
            PartnerAgreement agreement = agreements.get(call.destinations.get(i).agreementId);
            if (agreement == null || !agreement.inForce()) {
                String state = agreement == null ? "unknown" : agreement.deleted ? "deleted" : agreement.state;
                problems.add(new FieldError("destinations[" + i + "]", FieldErrorCode.AGREEMENT_NOT_IN_FORCE,
                        "its agreement is " + state
                                + ": a call opens only for destinations whose agreement is active or expiring",
                        Map.of("state", state)));
            }
        }
        return problems;
    }

    private static AcademicYear academicYear(String text) {
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<FieldError> duplicates(String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(new FieldError(field + "[" + i + "]", FieldErrorCode.DUPLICATE, "is listed twice"));
            }
        }
        return problems;
    }
}
