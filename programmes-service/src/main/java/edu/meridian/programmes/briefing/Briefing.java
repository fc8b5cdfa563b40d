package edu.meridian.programmes.briefing;

import edu.meridian.persistence.Audited;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An information session where partners present their programmes to students and teachers. */
@Entity
@Table(name = "briefing")
public class Briefing extends Audited {

    @Id
    public UUID id;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    public String description;

    @Enumerated(EnumType.STRING)
    public BriefingFormat format;

    @Enumerated(EnumType.STRING)
    public Campus campus;

    /** The room or hall on the campus. */
    public String venue;

    /** Where an online briefing is joined. */
    public String link;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_partner", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "position")
    @Column(name = "institution_id")
    public List<UUID> presentingPartners = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scheme_ids")
    public List<UUID> schemeIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_ids")
    public List<UUID> callIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public BriefingState state;

    void apply(BriefingContent content) {
        titleZh = content.titleZh();
        titleEn = content.titleEn();
        description = content.description();
        format = content.format();
        campus = content.campus();
        venue = content.venue();
        link = content.link();
        startsAt = content.startsAt();
        endsAt = content.endsAt();
        capacity = content.capacity();
        presentingPartners = new ArrayList<>(content.presentingPartners());
        schemeIds = new ArrayList<>(content.schemeIds());
        callIds = new ArrayList<>(content.callIds());
    }
}
