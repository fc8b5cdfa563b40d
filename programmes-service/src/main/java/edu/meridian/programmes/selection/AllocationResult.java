package edu.meridian.programmes.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What one application got in a run: its rank and score, the outcome and the explanation as codes and params. */
@Entity
@Table(name = "allocation_result")
@IdClass(AllocationResult.Key.class)
public class AllocationResult {

    @Id
    @Column(name = "run_id")
    public UUID runId;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "call_id")
    public UUID callId;

    public int rank;

    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public AllocationOutcome outcome;

    public UUID destination;

    public Integer choice;

    @Column(name = "waitlist_position")
    public Integer waitlistPosition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tie_break")
    public StoredReason tieBreak;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredReason> explanation = new ArrayList<>();

    public static class Key implements Serializable {
        public UUID runId;
        public UUID applicationId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(runId, key.runId) && Objects.equals(applicationId, key.applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, applicationId);
        }
    }
}
