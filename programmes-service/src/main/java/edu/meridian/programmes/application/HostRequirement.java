package edu.meridian.programmes.application;

import edu.meridian.web.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A document the host asks for once the application is nominated, as the office recorded it. */
@Entity
@Table(name = "application_host_requirement")
public class HostRequirement {

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId, String code) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public Text title;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public String code() {
        return key.code();
    }
}
