package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.Alert;
import edu.meridian.admissions.compliance.ComplianceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The compliance alerts already sent per student and clock (named by its item and the instant it is due by). The
 * row is claimed with the event in one transaction; a second claim (another replica, a second run) finds it taken.
 */
@ApplicationScoped
class AlertsSent {

    private final EntityManager entityManager;

    AlertsSent(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Set<Alert> of(UUID student, ComplianceClock clock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select kind, lead_seconds from student_alert_sent "
                        + "where student_id = ?1 and item = ?2 and due_by = ?3")
                .setParameter(1, student).setParameter(2, clock.item().name()).setParameter(3, clock.dueBy())
                .getResultList();
        Set<Alert> sent = new HashSet<>();
        for (Object[] row : rows) {
            sent.add(new Alert(clock.item(), Alert.Kind.valueOf((String) row[0]),
                    Duration.ofSeconds(((Number) row[1]).longValue())));
        }
        return sent;
    }

    /** True if this alert of this clock was not sent before and is now marked as sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean claim(UUID student, ComplianceClock clock, Alert alert, Instant now) {
        return entityManager.createNativeQuery("insert into student_alert_sent (student_id, item, due_by, kind, "
                        + "lead_seconds, sent_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, student).setParameter(2, clock.item().name()).setParameter(3, clock.dueBy())
                .setParameter(4, alert.kind().name()).setParameter(5, alert.lead().toSeconds()).setParameter(6, now)
                .executeUpdate() == 1;
    }
}
