package edu.meridian.programmes.briefing;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person's place at a briefing, and whether they came. */
@Entity
@Table(name = "briefing_registration")
public class Registration extends Audited {

    @Id
    public UUID id;

    @Column(name = "briefing_id")
    public UUID briefingId;

    /** The user name of the person registered (from their token, or as the office entered it). */
    public String person;

    @Enumerated(EnumType.STRING)
    public RegistrationState state;

    /** The person registered themselves (else the office registered them: a walk-in, a paper list). */
    @Column(name = "self_registered")
    public boolean selfRegistered;
}
