package edu.meridian.programmes.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The stored allocation of a call, named by the fingerprint of the inputs it came from; one per call. */
@Entity
@Table(name = "allocation_run")
public class AllocationRun {

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    /** {@link SelectionFingerprint} of the criteria, places, candidates and reviews it was computed from. */
    public String fingerprint;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
