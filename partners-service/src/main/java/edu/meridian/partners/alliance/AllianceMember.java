package edu.meridian.partners.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A member institution of an alliance and, when known, the date it joined. */
@Embeddable
public class AllianceMember {

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    protected AllianceMember() {
    }

    public AllianceMember(UUID institutionId, LocalDate joinedOn) {
        this.institutionId = institutionId;
        this.joinedOn = joinedOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllianceMember member && Objects.equals(institutionId, member.institutionId)
                && Objects.equals(joinedOn, member.joinedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, joinedOn);
    }
}
