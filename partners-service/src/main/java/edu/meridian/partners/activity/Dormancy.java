package edu.meridian.partners.activity;

import edu.meridian.persistence.AcademicYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A partnership that exists only on paper: the institution has an agreement in force today, has had one since before
 * the previous academic year began, and nothing happened with it (no mobility, nomination, visit, expert, trip or
 * student) in the previous academic year nor in this one. A partner whose agreement began later has not yet had two
 * academic years to show activity and is not dormant.
 */
public final class Dormancy {

    /** The days an agreement of the institution is in force, both included. */
    public record InForce(LocalDate from, LocalDate to) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private Dormancy() {
    }

    public static boolean isDormant(List<InForce> agreements, Optional<LocalDate> lastActivity, LocalDate today) {
        LocalDate sinceWhen = AcademicYear.of(today).plusYears(-1).start();
        boolean onPaperLongEnough = joined(agreements).stream()
                .anyMatch(period -> period.contains(today) && period.from().isBefore(sinceWhen));
        return onPaperLongEnough && lastActivity.map(day -> day.isBefore(sinceWhen)).orElse(true);
    }

    /** Agreements that overlap or follow each other without a day's gap (a renewal) as one period. */
    static List<InForce> joined(List<InForce> agreements) {
        List<InForce> sorted = agreements.stream().sorted(Comparator.comparing(InForce::from)).toList();
        List<InForce> periods = new ArrayList<>();
        for (InForce agreement : sorted) {
            InForce last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && !agreement.from().isAfter(last.to().plusDays(1))) {
                LocalDate to = agreement.to().isAfter(last.to()) ? agreement.to() : last.to();
                periods.set(periods.size() - 1, new InForce(last.from(), to));
            } else {
                periods.add(agreement);
            }
        }
        return periods;
    }

    /** What an institution's change of state is called in its events, if it changed. */
    public static Optional<String> change(boolean wasDormant, boolean isDormant) {
        if (wasDormant == isDormant) {
            return Optional.empty();
        }
        return Optional.of(isDormant ? "dormant" : "reactivated");
    }
}
