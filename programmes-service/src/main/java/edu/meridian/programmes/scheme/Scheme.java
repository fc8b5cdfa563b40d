package edu.meridian.programmes.scheme;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A recurring programme (the Chun Miao outbound exchange, the Singapore nursing scholarship…); its rounds are calls. */
@Entity
@Table(name = "scheme")
public class Scheme extends Audited {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SchemeKind kind;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    public String description;

    /** Who funds what, in the office's words (the grants of later rounds follow them). */
    @Column(name = "funding_rules")
    public String fundingRules;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_destination", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    public List<SchemeDestination> destinations = new ArrayList<>();

    public Optional<SchemeDestination> destination(UUID institutionId) {
        return destinations.stream().filter(destination -> destination.institutionId.equals(institutionId)).findFirst();
    }

    void apply(SchemeContent content) {
        kind = content.kind();
        titleZh = content.titleZh();
        titleEn = content.titleEn();
        description = content.description();
        fundingRules = content.fundingRules();
        destinations = new ArrayList<>(content.destinations());
    }
}
