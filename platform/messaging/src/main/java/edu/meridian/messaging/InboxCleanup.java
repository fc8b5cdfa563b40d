package edu.meridian.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Deletes inbox rows older than {@code meridian.messaging.inbox.retention}: an event can be redelivered only while
 * its topic still keeps it, so the retention is set a little longer than the topics' (Kafka's default is 7 days).
 */
@ApplicationScoped
class InboxCleanup {

    private static final Logger LOG = Logger.getLogger(InboxCleanup.class);

    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final Clock clock;

    InboxCleanup(EntityManager entityManager, MessagingConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${meridian.messaging.inbox.cleanup-every:1h}", identity = "inbox-cleanup",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteRowsPastRetention() {
        int deleted = entityManager.createNativeQuery("delete from inbox_message where received_at < ?1")
                .setParameter(1, clock.instant().minus(config.inbox().retention()))
                .executeUpdate();
        if (deleted > 0) {
            LOG.debugf("Deleted %d inbox rows older than %s", deleted, config.inbox().retention());
        }
    }
}
