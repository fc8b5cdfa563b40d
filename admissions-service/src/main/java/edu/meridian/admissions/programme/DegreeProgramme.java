package edu.meridian.admissions.programme;

import edu.meridian.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A programme offered to international students, with what its applicants must show. */
@Entity
@Table(name = "degree_programme")
public class DegreeProgramme extends Audited {

    @Id
    public UUID id;

    /** The office's short code, such as {@code MBBS}; unique. */
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public ProgrammeLevel level;

    @Enumerated(EnumType.STRING)
    public InstructionLanguage language;

    @Column(name = "duration_months")
    public int durationMonths;

    /** Tuition per academic year. */
    @Column(name = "tuition_amount")
    public BigDecimal tuitionAmount;

    /** ISO 4217. */
    @Column(name = "tuition_currency")
    public String tuitionCurrency;

    @Column(name = "min_ielts")
    public BigDecimal minIelts;

    @Column(name = "min_toefl")
    public Integer minToefl;

    @Column(name = "min_hsk")
    public Integer minHsk;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_documents")
    public List<DocumentKind> requiredDocuments = new ArrayList<>();

    public LanguageRequirement languageRequirement() {
        return new LanguageRequirement(minIelts, minToefl, minHsk);
    }

    void apply(ProgrammeContent content) {
        code = content.code();
        nameZh = content.nameZh();
        nameEn = content.nameEn();
        level = content.level();
        language = content.language();
        durationMonths = content.durationMonths();
        tuitionAmount = content.tuition().amount();
        tuitionCurrency = content.tuition().currency();
        minIelts = content.languageRequirement().minIelts();
        minToefl = content.languageRequirement().minToefl();
        minHsk = content.languageRequirement().minHsk();
        requiredDocuments = new ArrayList<>(content.requiredDocuments());
    }
}
