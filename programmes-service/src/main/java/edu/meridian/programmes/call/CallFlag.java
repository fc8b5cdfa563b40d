package edu.meridian.programmes.call;

import java.time.Instant;
import java.util.UUID;

/** An open call's destination whose agreement has ended (expired or terminated) since the call opened: the office must act. */
public record CallFlag(UUID agreementId, String agreementState, Instant flaggedAt) {
}
