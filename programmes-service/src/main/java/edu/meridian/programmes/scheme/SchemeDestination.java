package edu.meridian.programmes.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.UUID;

/** Where a scheme sends people (or whom it receives from): a partner institution and the agreement that covers it. */
@Embeddable
public class SchemeDestination {

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    protected SchemeDestination() {
    }

    public SchemeDestination(UUID institutionId, UUID agreementId) {
        this.institutionId = institutionId;
        this.agreementId = agreementId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemeDestination destination && Objects.equals(institutionId, destination.institutionId)
                && Objects.equals(agreementId, destination.agreementId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, agreementId);
    }
}
