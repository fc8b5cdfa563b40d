package edu.meridian.programmes.mobility;

import java.time.Instant;

/** Who approved a learning agreement for one party, and when. */
public record Approval(String by, Instant at) {
}
