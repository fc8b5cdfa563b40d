package edu.meridian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this replica's relay has made no progress for longer than
 * {@code meridian.messaging.relay.stall-timeout}: Kafka or PostgreSQL unreachable, or the relay stuck.
 */
@Readiness
@ApplicationScoped
class OutboxRelayReadiness implements HealthCheck {

    private final OutboxRelay relay;
    private final MessagingConfig config;

    OutboxRelayReadiness(OutboxRelay relay, MessagingConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.relay().enabled()) {
            return HealthCheckResponse.named("outbox-relay").up().withData("relay", "disabled").build();
        }
        long silentSeconds = relay.sinceProgress().toSeconds();
        boolean stalled = !relay.isRunning() || relay.sinceProgress().compareTo(config.relay().stallTimeout()) > 0;
        return HealthCheckResponse.named("outbox-relay")
                .status(!stalled)
                .withData("leader", relay.isLeader())
                .withData("secondsSinceProgress", silentSeconds)
                .build();
    }
}
