package edu.meridian.partners.agreement;

import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Agreements' reference codes ({@code AGR-2026-0042}): generated without gaps taken by hand, unique, a taken one a 409. */
@ApplicationScoped
class ReferenceCodes {

    private final AgreementRepository agreements;

    ReferenceCodes(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** This year's next number that no one has used (also not by hand). */
    String next(LocalDate today) {
        int year = today.getYear();
        String code;
        do {
            code = String.format("AGR-%d-%04d", year, agreements.nextReferenceNumber(year));
        } while (agreements.referenceCodeTaken(code, null));
        return code;
    }

    /** The requested code, if no agreement but {@code self} has it. */
    String available(String requested, UUID self) {
        if (agreements.referenceCodeTaken(requested, self)) {
            throw ProblemException.conflict("duplicate-reference-code", "Reference code taken",
                    "Another agreement has the reference code " + requested, Map.of("referenceCode", requested));
        }
        return requested;
    }

    /** Writes pending changes now, so that a code another transaction has just taken is a 409, not a failed commit. */
    void flush() {
        try {
            agreements.flush();
        } catch (PersistenceException e) {
            if (violates(e, "reference_code")) {
                throw ProblemException.conflict("duplicate-reference-code", "Reference code taken",
                        "Another agreement has just taken this reference code", Map.of());
            }
            throw e;
        }
    }

    private static boolean violates(Throwable e, String constraintPart) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null && violation.getConstraintName().contains(constraintPart)) {
                return true;
            }
        }
        return false;
    }
}
