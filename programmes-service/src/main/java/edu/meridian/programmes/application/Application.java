package edu.meridian.programmes.application;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's application to a call: whose (the token's subject), where to (ranked choices among the call's
 * destinations), what they declare (statement, GPA, year of study, language results), and where it stands.
 */
@Entity
@Table(name = "application")
public class Application extends Audited {

    @Id
    public UUID id;

    @Column(name = "call_id")
    public UUID callId;

    /** The applicant's {@code sub} in the identity provider: the application is theirs by it. */
    @Column(name = "applicant_id")
    public String applicantId;

    /** The applicant's user name when they applied, for the office's lists (never in events). */
    @Column(name = "applicant_username")
    public String applicantUsername;

    /** The applicant's home unit from their token ({@code unit}); none for international applicants. */
    @Column(name = "home_unit")
    public String homeUnit;

    /** Partner institutions, first choice first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_choice", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "institution_id")
    @OrderColumn(name = "position")
    public List<UUID> choices = new ArrayList<>();

    public String statement;

    public BigDecimal gpa;

    @Column(name = "year_of_study")
    public Integer yearOfStudy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "language_results")
    public List<LanguageResult> languageResults = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ApplicationState state;

    /** What the automatic check found at submission; empty when eligible (or not yet checked). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ineligibility_reasons")
    public List<IneligibilityReason> ineligibilityReasons = new ArrayList<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    void apply(ApplicationContent content) {
        choices = new ArrayList<>(content.choices());
        statement = content.statement();
        gpa = content.gpa();
        yearOfStudy = content.yearOfStudy();
        languageResults = new ArrayList<>(content.languageResults());
    }

    EligibilityCheck.Facts facts() {
        return new EligibilityCheck.Facts(yearOfStudy, gpa, languageResults, homeUnit);
    }
}
