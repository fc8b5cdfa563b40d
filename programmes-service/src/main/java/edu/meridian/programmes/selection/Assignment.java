package edu.meridian.programmes.selection;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One of the call's reviewers assigned to one application: their declared conflict of interest and their scores. */
@Entity
@Table(name = "review_assignment")
public class Assignment extends Audited {

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "application_id")
    public UUID applicationId;

    /** The reviewer's user name, as the call lists its reviewers. */
    public String reviewer;

    @Column(name = "conflict_declared")
    public boolean conflictDeclared;

    @Column(name = "conflict_reason")
    public String conflictReason;

    /** Per criterion code, 0–100; emptied when a conflict is declared. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> scores = new HashMap<>();

    Review review() {
        return new Review(applicationId, reviewer, conflictDeclared, scores);
    }
}
