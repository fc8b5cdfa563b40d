package edu.meridian.admissions.compliance;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which alert of a clock a service should emit now, given the alerts it already emitted for it: the most urgent
 * reached, once. A clock checked late emits only that one, not the thresholds it overtook.
 */
public final class AlertsToSend {

    private AlertsToSend() {
    }

    public static Optional<Alert> next(ComplianceClock clock, Instant now, Set<Alert> alreadySent) {
        return clock.alert(now).filter(alert -> !alreadySent.contains(alert));
    }
}
