package edu.meridian.programmes.partner;

import java.util.UUID;

/** Fired (CDI, in the transaction that applies it) when the projection learns that an agreement expired or was terminated. */
public record AgreementEnded(UUID agreementId, String state) {
}
