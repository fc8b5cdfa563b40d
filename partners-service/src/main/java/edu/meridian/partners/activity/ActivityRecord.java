package edu.meridian.partners.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An application of programmes-service or a delegation of visits-service as its newest event told it: its state, the
 * day it happened and the partner institutions it names.
 */
@Entity
@Table(name = "activity_record")
public class ActivityRecord {

    public enum Kind {
        application, delegation
    }

    /** The states in which the record is something that really happened with its partners. */
    private static final Set<String> APPLICATION_HAPPENED = Set.of("nominated", "accepted_by_host", "confirmed");
    private static final Set<String> DELEGATION_HAPPENED = Set.of("ongoing", "completed", "reported");

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String state;

    public String category;

    @Column(name = "happened_on")
    public LocalDate happenedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_record_institution", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    @Column(name = "institution_id")
    public List<UUID> institutionIds = new ArrayList<>();

    public long version;

    @Column(name = "received_at")
    public Instant receivedAt;

    void apply(Kind kind, UUID id, String state, String category, LocalDate happenedOn, List<UUID> institutions,
            long version, Instant now) {
        this.recordId = id;
        this.kind = kind;
        this.state = state;
        this.category = category;
        this.happenedOn = happenedOn;
        this.institutionIds.clear();
        this.institutionIds.addAll(institutions);
        this.version = version;
        this.receivedAt = now;
    }

    /** A nomination to the partners or a visit that took place, as opposed to a wish or a plan. */
    boolean happened() {
        return (kind == Kind.application ? APPLICATION_HAPPENED : DELEGATION_HAPPENED).contains(state);
    }
}
