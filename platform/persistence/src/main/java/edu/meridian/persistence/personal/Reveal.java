package edu.meridian.persistence.personal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One reading of personal data in full: who read which field of which record, when, and why. Never the value. */
@Entity
@Table(name = "personal_data_reveal")
public class Reveal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public UUID aggregateId;

    /** Which part of the record, e.g. {@code guest/<id>/passport}. */
    public String field;

    public String reason;

    @Column(name = "revealed_by")
    public String revealedBy;

    @Column(name = "revealed_at")
    public Instant revealedAt;

    /** The request id the gateway gave the call, to find it in the logs. */
    @Column(name = "request_id")
    public String requestId;
}
