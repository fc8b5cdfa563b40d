package edu.meridian.partners.agreement;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The daily expiry job. For each agreement in force with an expiry date:
 * <ul>
 *   <li>not auto-renewing, 180 days or fewer left: {@code active → expiring}, and one {@code expiring} alert per
 *       threshold (180, 90, 30 days) — only the most urgent one reached if days were missed;</li>
 *   <li>past its expiry date: {@code expired}; or, if it renews itself, extended by its renewal period
 *       ({@code extended}), back to {@code active}.</li>
 * </ul>
 * Each agreement is handled in its own transaction, so one failure does not hold up the others; running twice on a
 * day changes nothing the second time.
 */
@ApplicationScoped
public class AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(AgreementExpiry.class);
    /** Alert thresholds in days before expiry, least urgent first. */
    static final List<Integer> ALERT_DAYS = List.of(180, 90, 30);
    static final String SYSTEM = "system";

    private final AgreementRepository agreements;
    private final Revisions revisions;
    private final AgreementEvents events;
    private final Clock clock;
    private final Today today;

    AgreementExpiry(AgreementRepository agreements, Revisions revisions, AgreementEvents events, Clock clock,
            Today today) {
        this.agreements = agreements;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    /** What one run did. */
    public record Result(int checked, int changed, int failed) {
    }

    @Scheduled(cron = "{partners.expiry.cron}", identity = "agreement-expiry",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Result result = run(today());
        LOG.infof("Agreement expiry for %s: %d checked, %d changed, %d failed", today(), result.checked(),
                result.changed(), result.failed());
    }

    /** Today as a calendar date in the university's time zone. */
    LocalDate today() {
        return today.date();
    }

    /** Brings every agreement in force up to date for this day. */
    public Result run(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> agreements.dueForExpiryCheck(today, ALERT_DAYS.get(0)));
        int changed = 0;
        int failed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> check(id, today))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Agreement expiry failed for agreement %s; the others go on", id);
            }
        }
        return new Result(due.size(), changed, failed);
    }

    /** One agreement, in the caller's transaction; true if it changed. */
    private boolean check(UUID id, LocalDate today) {
        Agreement agreement = agreements.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null || !agreement.state.inForce() || agreement.expiryDate == null) {
            return false;
        }
        AgreementState from = agreement.state;
        long daysLeft = ChronoUnit.DAYS.between(today, agreement.expiryDate);
        boolean renewsItself = agreement.autoRenewal && agreement.renewalPeriodMonths != null
                && agreement.renewalPeriodMonths > 0;
        if (daysLeft < 0) {
            if (renewsItself) {
                LocalDate previous = agreement.expiryDate;
                // Whole periods from the old date (31 August stays 31 August), as many as missed days need.
                long periods = 1;
                while (previous.plusMonths(periods * agreement.renewalPeriodMonths).isBefore(today)) {
                    periods++;
                }
                agreement.expiryDate = previous.plusMonths(periods * agreement.renewalPeriodMonths);
                agreement.state = AgreementState.active;
                agreement.lastAlertDays = null;
                save(agreement, "extended");
                events.extended(agreement, from == AgreementState.active ? null : from, previous);
            } else {
                agreement.state = AgreementState.expired;
                save(agreement, "expired");
                events.expired(agreement, from);
            }
            return true;
        }
        if (renewsItself) {
            return false;
        }
        int threshold = ALERT_DAYS.stream().filter(days -> daysLeft <= days).reduce((a, b) -> b).orElseThrow();
        boolean alertDue = agreement.lastAlertDays == null || threshold < agreement.lastAlertDays;
        if (from == AgreementState.expiring && !alertDue) {
            return false;
        }
        agreement.state = AgreementState.expiring;
        agreement.lastAlertDays = threshold;
        save(agreement, from == AgreementState.active ? "expiring" : "expiry alert");
        events.expiring(agreement, from == AgreementState.active ? from : null, (int) daysLeft, threshold);
        return true;
    }

    private void save(Agreement agreement, String action) {
        agreement.changed(SYSTEM, clock.instant());
        agreements.flush();
        revisions.record(AgreementService.AGGREGATE, agreement.id, action, AgreementSnapshot.of(agreement), SYSTEM);
    }
}
