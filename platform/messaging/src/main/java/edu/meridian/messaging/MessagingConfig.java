package edu.meridian.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "meridian.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of this service, e.g. {@code /partners-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    Relay relay();

    Inbox inbox();

    interface Relay {
        /** Off only where a test publishes nothing; on in every running service. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("100ms")
        Duration pollInterval();

        /** Names the relay's advisory lock: one active relay per name and database. */
        @WithDefault("${quarkus.application.name}")
        String lockName();

        @WithDefault("500")
        int batchSize();

        /** Longest wait between attempts while Kafka or PostgreSQL is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** Longest a batch sends to Kafka (also the producer's delivery timeout and the lock connection's timeout). */
        @WithDefault("3s")
        Duration sendTimeout();

        /** How long a relay that has just taken the lock waits before publishing; longer than 3 × send-timeout. */
        @WithDefault("10s")
        Duration takeoverDelay();

        /** Refusals by Kafka of one row (too large, invalid topic…) before the row is parked. */
        @WithDefault("5")
        int maxAttempts();

        /** How long the relay may go without progress while rows wait before readiness reports it DOWN. */
        @WithDefault("60s")
        Duration stallTimeout();

        /** How long published rows are kept before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /** Attempts at an event's effect before it is handed to the channel's dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait before the second attempt; it doubles before each further one (default: 0.5 s, then 1 s). */
        @WithDefault("500ms")
        Duration retryBackoff();

        /** How long an applied event's id is kept; longer than the retention of the topics consumed. */
        @WithDefault("P8D")
        Duration retention();

        /** How often inbox rows past their retention are deleted. */
        @WithDefault("1h")
        Duration cleanupEvery();
    }
}
