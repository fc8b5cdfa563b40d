package edu.meridian.admissions.letter;

import edu.meridian.persistence.UploadedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The admission letter issued for one application: its PDF as issued (column {@code content}, streamed by
 * {@link IssuedLetterRepository}), its verification code and what the public verification confirms — the names,
 * the programme and the date, nothing else.
 */
@Entity
@Table(name = "admission_letter")
public class IssuedLetter {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    /** As printed, {@code 7K3Q-M9XD-2FHT-WB8R}. */
    @Column(name = "verification_code")
    public String verificationCode;

    @Column(name = "passport_name")
    public String passportName;

    @Column(name = "chinese_name")
    public String chineseName;

    @Column(name = "programme_name_en")
    public String programmeNameEn;

    @Column(name = "programme_name_zh")
    public String programmeNameZh;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The PDF; uploaded by and at are the officer who issued it and when. */
    @Embedded
    public UploadedFile file;
}
