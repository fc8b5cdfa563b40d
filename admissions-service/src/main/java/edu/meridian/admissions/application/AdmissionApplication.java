package edu.meridian.admissions.application;

import edu.meridian.persistence.Audited;
import edu.meridian.persistence.personal.SealedDate;
import edu.meridian.persistence.personal.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An international applicant's application: theirs by their token's subject, written by them as a draft step by step
 * and processed by the office once submitted. Every part may be empty while it is a draft.
 */
@Entity
@Table(name = "admission_application")
public class AdmissionApplication extends Audited {

    @Id
    public UUID id;

    /** The applicant's {@code sub} in the identity provider: the application is theirs by it. */
    @Column(name = "applicant_subject")
    public String applicantSubject;

    @Column(name = "applicant_username")
    public String applicantUsername;

    /** As in the passport; a passport with one name has it here or in {@link #givenNames}. */
    public String surname;

    @Column(name = "given_names")
    public String givenNames;

    /** ISO 3166-1 alpha-2. */
    public String nationality;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** Sealed at rest (AES-GCM, platform/persistence); answered masked, in full only through the audited reveal. */
    @Convert(converter = SealedText.class)
    @Column(name = "passport_number")
    public String passportNumber;

    @Convert(converter = SealedDate.class)
    @Column(name = "passport_expiry")
    public LocalDate passportExpiry;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EducationEntry> education = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "language_tests")
    public List<LanguageTest> languageTests = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Funding funding;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProgrammeChoice> choices = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ApplicationState state;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The office's reason for a rejection or a withdrawal it made. */
    @Column(name = "decision_reason")
    public String decisionReason;

    void apply(ApplicationContent content) {
        surname = content.surname();
        givenNames = content.givenNames();
        nationality = content.nationality();
        dateOfBirth = content.dateOfBirth();
        // The applicant only ever reads them masked: a save that leaves them out keeps what was given.
        if (content.passportNumber() != null) {
            passportNumber = content.passportNumber();
        }
        if (content.passportExpiry() != null) {
            passportExpiry = content.passportExpiry();
        }
        education = new ArrayList<>(content.education());
        languageTests = new ArrayList<>(content.languageTests());
        funding = content.funding();
        choices = new ArrayList<>(content.choices());
    }
}
