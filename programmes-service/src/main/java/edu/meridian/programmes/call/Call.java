package edu.meridian.programmes.call;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One round of a scheme for an academic year: where to, how many places, who may apply and how they are selected. */
@Entity
@Table(name = "programme_call")
public class Call extends Audited {

    @Id
    public UUID id;

    @Column(name = "scheme_id")
    public UUID schemeId;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    /** {@code 2026/27}: the year of the stays, which selects the agreements' conditions. */
    @Column(name = "academic_year")
    public String academicYear;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "mobility_type")
    public MobilityType mobilityType;

    /** The application window, both days included, in the university's time zone. */
    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    public CallState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_destination", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<CallDestination> destinations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Eligibility eligibility = Eligibility.none();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents")
    public List<RequiredDocument> requiredDocuments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria = new ArrayList<>();

    /** User names of the people who score applications (assignments come with review). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> reviewers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Budget budget;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CallFlag> flags = new ArrayList<>();

    void apply(CallContent content) {
        titleZh = content.titleZh();
        titleEn = content.titleEn();
        academicYear = content.academicYear();
        direction = content.direction();
        mobilityType = content.mobilityType();
        opensOn = content.opensOn();
        closesOn = content.closesOn();
        destinations = new ArrayList<>(content.destinations());
        eligibility = content.eligibility();
        requiredDocuments = new ArrayList<>(content.requiredDocuments());
        criteria = new ArrayList<>(content.criteria());
        reviewers = new ArrayList<>(content.reviewers());
        budget = content.budget();
    }
}
