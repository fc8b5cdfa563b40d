package edu.meridian.visits.delegation;

import edu.meridian.persistence.Audited;
import edu.meridian.visits.booking.Booking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One point of a visit's programme: a meeting, lecture, tour or banquet, with its time, place, host and interpreter. */
@Entity
@Table(name = "itinerary_item")
public class ItineraryItem extends Audited {

    @Id
    public UUID id;

    @Column(name = "delegation_id")
    public UUID delegationId;

    @Enumerated(EnumType.STRING)
    public ItineraryKind kind;

    public String title;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String venue;

    public String host;

    public String interpreter;

    /** The double bookings the caller confirmed when the item was last saved (empty when there were none). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "acknowledged_conflicts")
    public List<AcknowledgedConflict> acknowledgedConflicts = new ArrayList<>();

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    void apply(ItineraryContent content) {
        kind = content.kind();
        title = content.title();
        startsAt = content.startsAt();
        endsAt = content.endsAt();
        venue = content.venue();
        host = content.host();
        interpreter = content.interpreter();
    }

    Booking booking() {
        return new Booking(id, startsAt, endsAt, host, interpreter, venue);
    }
}
