package edu.meridian.partners.activity;

import edu.meridian.partners.agreement.AgreementService;
import edu.meridian.partners.institution.InstitutionEvents;
import edu.meridian.partners.institution.InstitutionService;
import edu.meridian.persistence.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The daily dormancy check: every institution that has had an agreement in force, or was dormant, is judged for today
 * (the service's clock, in the university's time zone). When it has become dormant or active again since the last
 * check, {@code institution.dormant} or {@code institution.reactivated} is published once; running again on the same
 * facts publishes nothing. Each institution is checked in its own transaction.
 */
@ApplicationScoped
public class DormancyCheck {

    private static final Logger LOG = Logger.getLogger(DormancyCheck.class);

    private final ActivityService activity;
    private final AgreementService agreements;
    private final InstitutionService institutions;
    private final InstitutionEvents events;
    private final ActivityDormancyRepository told;
    private final Today today;

    DormancyCheck(ActivityService activity, AgreementService agreements, InstitutionService institutions,
            InstitutionEvents events, ActivityDormancyRepository told, Today today) {
        this.activity = activity;
        this.agreements = agreements;
        this.institutions = institutions;
        this.events = events;
        this.told = told;
        this.today = today;
    }

    /** What one run did. */
    public record Result(int checked, int becameDormant, int reactivated, int failed) {
    }

    @Scheduled(cron = "{partners.dormancy.cron}", identity = "partner-dormancy",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Result result = run();
        LOG.infof("Dormancy check: %d checked, %d dormant, %d reactivated, %d failed", result.checked(),
                result.becameDormant(), result.reactivated(), result.failed());
    }

    public Result run() {
        LocalDate day = today.date();
        Set<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> ids = new LinkedHashSet<>(agreements.institutionsEverInForce());
            ids.addAll(told.dormantIds());
            return ids;
        });
        int dormant = 0;
        int reactivated = 0;
        int failed = 0;
        for (UUID id : candidates) {
            try {
                Optional<String> change = QuarkusTransaction.requiringNew().call(() -> check(id, day));
                if (change.isPresent()) {
                    if (change.get().equals("dormant")) {
                        dormant++;
                    } else {
                        reactivated++;
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Dormancy check of institution %s failed", id);
            }
        }
        return new Result(candidates.size(), dormant, reactivated, failed);
    }

    private Optional<String> check(UUID institutionId, LocalDate day) {
        InstitutionActivity now = activity.activityOn(institutionId, day);
        ActivityDormancy held = told.findById(institutionId, LockModeType.PESSIMISTIC_WRITE);
        Optional<String> change = Dormancy.change(held != null && held.dormant, now.dormant());
        if (held == null && change.isEmpty()) {
            return change;
        }
        ActivityDormancy record = held == null ? new ActivityDormancy() : held;
        record.institutionId = institutionId;
        record.checkedOn = day;
        if (change.isPresent()) {
            record.dormant = now.dormant();
            record.lastActivity = now.lastActivity().orElse(null);
            record.changedOn = day;
        }
        if (held == null) {
            told.persist(record);
        }
        change.ifPresent(ignored -> events.dormancyChanged(institutions.get(institutionId), now.dormant(),
                now.lastActivity().orElse(null)));
        return change;
    }
}
