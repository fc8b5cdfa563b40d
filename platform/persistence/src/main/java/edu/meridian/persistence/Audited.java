package edu.meridian.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** What every record of an aggregate keeps about itself: its version (the ETag) and who made and last changed it. */
@MappedSuperclass
public abstract class Audited {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public void created(String by, Instant at) {
        createdAt = at;
        createdBy = by;
        changed(by, at);
    }

    public void changed(String by, Instant at) {
        updatedAt = at;
        updatedBy = by;
    }
}
