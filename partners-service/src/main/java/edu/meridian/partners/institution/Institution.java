package edu.meridian.partners.institution;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A partner or prospective partner institution. */
@Entity
@Table(name = "institution")
public class Institution extends Audited {

    @Id
    public UUID id;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "local_name")
    public String localName;

    /** {@link #normalize(String)} of the English name, for finding probable duplicates. */
    @Column(name = "normalized_name")
    public String normalizedName;

    public String abbreviation;
    public String country;
    public String city;

    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;

    @Column(name = "ror_id")
    public String rorId;

    @Column(name = "schac_code")
    public String schacCode;

    @Column(name = "erasmus_code")
    public String erasmusCode;

    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<OrgUnit> units = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public InstitutionStatus status;

    /** The staff member responsible for this partner. */
    public String owner;

    /**
     * Lower case, accents and punctuation removed, a leading "the" dropped:
     * "The University of Manchester" and "university of manchester." are the same institution.
     */
    public static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    /** Takes what a person wrote. */
    void apply(InstitutionContent content) {
        nameZh = content.nameZh();
        nameEn = content.nameEn();
        localName = content.localName();
        abbreviation = content.abbreviation();
        country = content.country();
        city = content.city();
        kind = content.kind();
        rorId = content.rorId();
        schacCode = content.schacCode();
        erasmusCode = content.erasmusCode();
        website = content.website();
        contacts = new ArrayList<>(content.contacts());
        units = new ArrayList<>(content.units());
        tags = new ArrayList<>(content.tags());
        owner = content.owner();
    }
}
