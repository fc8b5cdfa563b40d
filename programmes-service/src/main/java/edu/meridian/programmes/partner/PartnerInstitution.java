package edu.meridian.programmes.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partner institution as partners-service last described it (its newest event applied here). */
@Entity
@Table(name = "partner_institution")
public class PartnerInstitution {

    @Id
    public UUID id;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String abbreviation;
    public String country;

    @Column(name = "country_name_zh")
    public String countryNameZh;

    @Column(name = "country_name_en")
    public String countryNameEn;

    /** prospective, active or inactive, as partners-service names it. */
    public String status;

    /** The producer's {@code data.version} of the event applied. */
    public long version;

    @Column(name = "applied_at")
    public Instant appliedAt;

    void apply(InstitutionData data, Instant now) {
        nameZh = data.name().zh();
        nameEn = data.name().en();
        abbreviation = data.abbreviation();
        country = data.country();
        countryNameZh = data.countryName() == null ? null : data.countryName().zh();
        countryNameEn = data.countryName() == null ? null : data.countryName().en();
        status = data.status();
        version = data.version();
        appliedAt = now;
    }
}
