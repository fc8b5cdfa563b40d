package edu.meridian.partners.agreement;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules of agreements that need no database: what a state requires, what content is valid, how a renewal's dates and years move on. */
final class AgreementRules {

    private AgreementRules() {
    }

    /** What the agreement lacks to be in this state (and the states after it); empty when complete. */
    static List<Problem.FieldError> requirementsOf(Agreement agreement, AgreementState state) {
        List<Problem.FieldError> missing = new ArrayList<>();
        boolean signedOrLater = state == AgreementState.signed || state.inForce();
        if (signedOrLater) {
            boolean ours = agreement.signatories.stream()
                    .anyMatch(s -> s.side() == Signatory.Side.ours && s.signedOn() != null);
            boolean theirs = agreement.signatories.stream()
                    .anyMatch(s -> s.side() == Signatory.Side.partner && s.signedOn() != null);
            if (!ours || !theirs) {
                missing.add(new Problem.FieldError("signatories", FieldErrorCode.SIGNATURES_MISSING,
                        "needs at least one signatory on our side and one on a partner's side, each with the date of signing"));
            }
        }
        if (state.inForce()) {
            if (agreement.partnerIds.isEmpty()) {
                missing.add(new Problem.FieldError("partnerIds", FieldErrorCode.REQUIRED, "needs at least one partner institution"));
            }
            if (agreement.effectiveDate == null) {
                missing.add(new Problem.FieldError("effectiveDate", FieldErrorCode.REQUIRED, "is required for an agreement in force"));
            }
        }
        return missing;
    }

    /** The checks field syntax cannot make; {@code knownPartners} are the listed partners that are registered. */
    static List<Problem.FieldError> errorsIn(AgreementContent content, Set<UUID> knownPartners, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<UUID> partners = content.partnerIds();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            if (!seen.add(partners.get(i))) {
                errors.add(new Problem.FieldError("partnerIds[" + i + "]", FieldErrorCode.DUPLICATE, "names the same partner twice"));
            } else if (!knownPartners.contains(partners.get(i))) {
                errors.add(new Problem.FieldError("partnerIds[" + i + "]", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not a registered institution"));
            }
        }
        if (content.effectiveDate() != null && content.expiryDate() != null
                && content.expiryDate().isBefore(content.effectiveDate())) {
            errors.add(new Problem.FieldError("expiryDate", FieldErrorCode.NOT_BEFORE,
                    "must not be before the effective date", Map.of("other", "effectiveDate")));
        }
        if (content.autoRenewal() && content.renewalPeriodMonths() == null) {
            errors.add(new Problem.FieldError("renewalPeriodMonths", FieldErrorCode.REQUIRED,
                    "is required for an agreement that renews itself"));
        }
        if (content.autoRenewal() && content.expiryDate() == null) {
            errors.add(new Problem.FieldError("expiryDate", FieldErrorCode.REQUIRED,
                    "is required for an agreement that renews itself"));
        }
        for (int i = 0; i < content.signatories().size(); i++) {
            Signatory signatory = content.signatories().get(i);
            if (signatory.side() == Signatory.Side.partner
                    && (signatory.institutionId() == null || !partners.contains(signatory.institutionId()))) {
                errors.add(new Problem.FieldError("signatories[" + i + "].institutionId", FieldErrorCode.NOT_A_PARTNER,
                        "must name one of the agreement's partners"));
            }
            if (signatory.signedOn() != null && signatory.signedOn().isAfter(today)) {
                errors.add(new Problem.FieldError("signatories[" + i + "].signedOn", FieldErrorCode.NOT_FUTURE,
                        "cannot be in the future"));
            }
        }
        for (int i = 0; i < content.conditions().size(); i++) {
            CooperationCondition condition = content.conditions().get(i);
            Integer from = startOf(condition.fromYear());
            Integer to = startOf(condition.toYear());
            if (condition.fromYear() != null && from == null) {
                errors.add(new Problem.FieldError("conditions[" + i + "].fromYear", FieldErrorCode.ACADEMIC_YEAR,
                        "must name two consecutive years, such as 2025/26"));
            }
            if (condition.toYear() != null && to == null) {
                errors.add(new Problem.FieldError("conditions[" + i + "].toYear", FieldErrorCode.ACADEMIC_YEAR,
                        "must name two consecutive years, such as 2025/26"));
            }
            if (from != null && to != null && to < from) {
                errors.add(new Problem.FieldError("conditions[" + i + "].toYear", FieldErrorCode.NOT_BEFORE,
                        "must not be before fromYear", Map.of("other", "fromYear")));
            }
        }
        return errors;
    }

    /** Our own side is the university itself: an institution id sent with one of our signatories is dropped. */
    static List<Signatory> signatoriesOf(AgreementContent content) {
        return content.signatories().stream()
                .map(s -> s.side() == Signatory.Side.ours && s.institutionId() != null
                        ? new Signatory(s.side(), null, s.name(), s.title(), s.signedOn())
                        : s)
                .toList();
    }

    /** A renewal's term: it starts the day after the old one ends and lasts as long (null dates: no term). */
    record Term(LocalDate effectiveDate, LocalDate expiryDate, int years) {

        static final Term NONE = new Term(null, null, 0);

        static Term after(LocalDate effectiveDate, LocalDate expiryDate) {
            if (effectiveDate == null || expiryDate == null) {
                return NONE;
            }
            Period duration = Period.between(effectiveDate, expiryDate.plusDays(1));
            LocalDate start = expiryDate.plusDays(1);
            return new Term(start, start.plus(duration).minusDays(1), (int) (duration.toTotalMonths() / 12));
        }
    }

    /** The condition with its academic years moved on by whole years. */
    static CooperationCondition shifted(CooperationCondition c, int years) {
        return new CooperationCondition(c.direction(), c.mobilityType(), c.placesPerYear(), c.monthsPerPerson(),
                c.daysPerPerson(), c.subjectAreas(), c.levels(), c.language(), c.cefrLevel(),
                shiftYear(c.fromYear(), years), shiftYear(c.toYear(), years));
    }

    /** {@code 2025/26} → 2025; null when the text is not two consecutive years. */
    static Integer startOf(String academicYear) {
        if (academicYear == null) {
            return null;
        }
        try {
            return AcademicYear.parse(academicYear).startYear();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shiftYear(String academicYear, int years) {
        Integer start = startOf(academicYear);
        return start == null || years == 0 ? academicYear : AcademicYear.parse(academicYear).plusYears(years).toString();
    }

    /** The name a lifecycle step has in the history. */
    static String actionOf(AgreementState to) {
        return switch (to) {
            case under_review -> "submitted";
            case draft -> "sent back";
            case approved -> "approved";
            case signed -> "signed";
            case active -> "activated";
            case terminated -> "terminated";
            default -> to.name();
        };
    }
}
