package edu.meridian.visits.custody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether an official passport in the office's custody may be lent for a trip. Refused: a passport that is out with
 * another trip (one trip at a time), that belongs to someone else than the traveller, or that expires before the
 * traveller is back. Warned, not refused: fewer than {@value #VALIDITY_MONTHS} months of validity left after the
 * return, which many countries ask for at the border.
 */
public final class PassportLending {

    public static final int VALIDITY_MONTHS = 6;

    private PassportLending() {
    }

    public record Passport(UUID id, String holder, LocalDate expiry) {
    }

    /** A trip as lending sees it: who travels and the day they are back. */
    public record Trip(UUID id, String traveller, LocalDate returnDay) {
    }

    /** A passport lent for a trip, and whether it has come back. */
    public record Loan(UUID passportId, UUID tripId, boolean returned) {
    }

    public enum Code {
        lent_elsewhere, not_the_holder, expires_before_return, short_validity
    }

    /** A reason with the values its wording needs ({@code trip}, {@code expiry}, {@code months}). */
    public record Finding(Code code, Map<String, Object> params) {
    }

    /** Why the passport may not be lent for the trip; empty when it may. */
    public static List<Finding> refusals(Passport passport, Trip trip, List<Loan> loans) {
        List<Finding> refusals = new ArrayList<>();
        loans.stream()
                .filter(loan -> loan.passportId().equals(passport.id()) && !loan.returned())
                .findFirst()
                .ifPresent(loan -> refusals.add(new Finding(Code.lent_elsewhere, Map.of("trip", loan.tripId()))));
        if (!passport.holder().equals(trip.traveller())) {
            refusals.add(new Finding(Code.not_the_holder, Map.of()));
        }
        if (passport.expiry().isBefore(trip.returnDay())) {
            refusals.add(new Finding(Code.expires_before_return, Map.of("expiry", passport.expiry())));
        }
        return refusals;
    }

    /** What the office should know before lending it anyway. */
    public static List<Finding> warnings(Passport passport, Trip trip) {
        boolean shortValidity = !passport.expiry().isBefore(trip.returnDay())
                && passport.expiry().isBefore(trip.returnDay().plusMonths(VALIDITY_MONTHS));
        return shortValidity
                ? List.of(new Finding(Code.short_validity, Map.of("expiry", passport.expiry(), "months", VALIDITY_MONTHS)))
                : List.of();
    }
}
