package edu.meridian.partners.jointprogramme;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A Chinese-foreign cooperatively-run programme (中外合作办学项目) with one foreign partner institution. */
@Entity
@Table(name = "joint_programme")
public class JointProgramme extends Audited {

    @Id
    public UUID id;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    /** The Chinese side: usually the university itself, or one of its colleges. */
    @Column(name = "chinese_partner_zh")
    public String chinesePartnerZh;

    @Column(name = "chinese_partner_en")
    public String chinesePartnerEn;

    /** The home unit code of the college that runs the programme, if one does (e.g. {@code nursing}). */
    @Column(name = "chinese_partner_unit")
    public String chinesePartnerUnit;

    @Column(name = "foreign_partner_id")
    public UUID foreignPartnerId;

    /** The approval certificate (办学许可证) number. */
    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    @Column(name = "approved_from")
    public LocalDate approvedFrom;

    @Column(name = "approved_to")
    public LocalDate approvedTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Major> majors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public JointProgrammeLevel level;

    @Column(name = "duration_years")
    public int durationYears;

    /** Years at home + years abroad, e.g. {@code 3+1}, {@code 4+0}, {@code 2+2}. */
    @Column(name = "delivery_mode")
    public String mode;

    @Column(name = "annual_intake")
    public int annualIntake;

    @Enumerated(EnumType.STRING)
    @Column(name = "credentials_awarded")
    public CredentialsAwarded credentialsAwarded;

    /** The percentage of core courses imported from the foreign partner (the ministry asks for at least a third). */
    @Column(name = "imported_core_share")
    public BigDecimal importedCoreShare;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "credit_recognition")
    public List<CreditRecognition> creditRecognition = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public JointProgrammeStatus status;

    /** Takes what a person wrote. */
    void apply(JointProgrammeContent content) {
        nameZh = content.nameZh();
        nameEn = content.nameEn();
        chinesePartnerZh = content.chinesePartnerZh();
        chinesePartnerEn = content.chinesePartnerEn();
        chinesePartnerUnit = content.chinesePartnerUnit();
        foreignPartnerId = content.foreignPartnerId();
        certificateNumber = content.certificateNumber();
        issuingAuthority = content.issuingAuthority();
        approvedFrom = content.approvedFrom();
        approvedTo = content.approvedTo();
        majors = new ArrayList<>(content.majors());
        level = content.level();
        durationYears = content.durationYears();
        mode = content.mode();
        annualIntake = content.annualIntake();
        credentialsAwarded = content.credentialsAwarded();
        importedCoreShare = content.importedCoreShare();
        creditRecognition = new ArrayList<>(content.creditRecognition());
    }
}
