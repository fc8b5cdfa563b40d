package edu.meridian.programmes.call;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.UUID;

/**
 * A destination a call offers places at: a destination of its scheme (partner and covering agreement), how many
 * places, and, when that is more than the agreement's conditions offer, the office's reason.
 */
@Embeddable
public class CallDestination {

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    public int places;

    @Column(name = "override_reason")
    public String overrideReason;

    protected CallDestination() {
    }

    public CallDestination(UUID institutionId, UUID agreementId, int places, String overrideReason) {
        this.institutionId = institutionId;
        this.agreementId = agreementId;
        this.places = places;
        this.overrideReason = overrideReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallDestination destination && Objects.equals(institutionId, destination.institutionId)
                && Objects.equals(agreementId, destination.agreementId) && places == destination.places
                && Objects.equals(overrideReason, destination.overrideReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, agreementId, places, overrideReason);
    }
}
