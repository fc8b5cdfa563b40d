package edu.meridian.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a record with history: who, when, what action, which fields, and the state after it. */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aggregate_type")
    public String aggregateType;

    @Column(name = "aggregate_id")
    public UUID aggregateId;

    public long number;

    public String action;

    /** Why, where the change asks for a reason (a send-back comment, a termination). */
    public String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public List<String> changedFields;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode snapshot;

    @Column(name = "changed_by")
    public String changedBy;

    /** The person's name in Latin letters when they made the change; null for a job. */
    @Column(name = "changed_by_name")
    public String changedByName;

    /** The person's name in Chinese characters when they made the change, where they have one. */
    @Column(name = "changed_by_name_zh")
    public String changedByNameZh;

    @Column(name = "changed_at")
    public Instant changedAt;
}
