package edu.meridian.visits.delegation;

import edu.meridian.persistence.personal.SealedDate;
import edu.meridian.persistence.personal.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The passport of one guest of a delegation, sealed in its columns (platform/persistence personal data). */
@Entity
@Table(name = "guest_passport")
public class GuestPassport {

    @Id
    @Column(name = "guest_id")
    public UUID guestId;

    @Column(name = "delegation_id")
    public UUID delegationId;

    @Convert(converter = SealedText.class)
    public String number;

    @Convert(converter = SealedDate.class)
    public LocalDate expiry;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        return "GuestPassport[" + guestId + "]";
    }
}
