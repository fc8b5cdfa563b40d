package edu.meridian.partners.alliance;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multilateral network of institutions that the university is a member of. */
@Entity
@Table(name = "alliance")
public class Alliance extends Audited {

    @Id
    public UUID id;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String abbreviation;
    public String description;
    public String website;

    /** When the university joined. */
    @Column(name = "member_since")
    public LocalDate memberSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "our_role")
    public AllianceRole ourRole;

    /** The other member institutions, in the order the office lists them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    public List<AllianceMember> members = new ArrayList<>();

    /** Takes what a person wrote; the member list is replaced as a whole, so Hibernate rewrites its rows. */
    void apply(AllianceContent content) {
        nameZh = content.nameZh();
        nameEn = content.nameEn();
        abbreviation = content.abbreviation();
        description = content.description();
        website = content.website();
        memberSince = content.memberSince();
        ourRole = content.ourRole();
        members = new ArrayList<>(content.members());
    }
}
