package edu.meridian.admissions.application;

import edu.meridian.admissions.application.Completeness.Choice;
import edu.meridian.admissions.application.Completeness.Submission;
import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.admissions.programme.InstructionLanguage;
import edu.meridian.admissions.programme.LanguageRequirement;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static edu.meridian.admissions.programme.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of what a complete application has, for an MBBS applicant from Pakistan on 1 March 2027. */
class CompletenessTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Choice MBBS = new Choice(1, "MBBS", InstructionLanguage.en,
            new LanguageRequirement(new BigDecimal("6.0"), 80, null),
            EnumSet.of(passport, diploma, transcript, physical_examination, non_criminal_record), true);
    private static final Choice NURSING_ZH = new Choice(2, "BSN-ZH", InstructionLanguage.zh,
            new LanguageRequirement(null, null, 4), EnumSet.of(passport, diploma, language_certificate), true);
    private static final Choice CHINESE = new Choice(1, "CHN-LANG", InstructionLanguage.zh, LanguageRequirement.NONE,
            EnumSet.of(passport), true);

    private static Map<DocumentKind, DocumentStatus> all(DocumentStatus status, DocumentKind... kinds) {
        Map<DocumentKind, DocumentStatus> documents = new HashMap<>();
        for (DocumentKind kind : kinds) {
            documents.put(kind, status);
        }
        return documents;
    }

    private static Submission complete(List<Choice> choices, Map<DocumentKind, DocumentStatus> documents,
            List<LanguageTest> tests, Funding funding) {
        return new Submission("KHAN", "AYESHA", "PK", LocalDate.of(2008, 5, 17),
                List.of(new EducationEntry("Lahore Grammar School", "PK", "HSSC pre-medical", 2022, 2026)), tests,
                funding, choices, documents);
    }

    private static Submission mbbs() {
        return complete(List.of(MBBS),
                all(DocumentStatus.uploaded, passport, diploma, transcript, physical_examination, non_criminal_record),
                List.of(new LanguageTest(LanguageTestType.IELTS, new BigDecimal("6.5"), LocalDate.of(2026, 6, 1))),
                new Funding(FundingType.csc_type_b, null, null, null));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteMbbsApplicationMissesNothing() {
        assertThat(Completeness.missing(mbbs(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyDraftListsEveryStepInOrder() {
        Submission empty = new Submission(null, " ", null, null, List.of(), List.of(), null, List.of(), Map.of());
        assertThat(fields(Completeness.missing(empty, TODAY)))
                .containsExactly("givenNames", "nationality", "dateOfBirth", "education", "funding.type", "choices");
    }

    @Test
    void aPassportWithOneNameIsEnough() {
        Submission mononym = new Submission("SUKARNO", null, "ID", LocalDate.of(2000, 1, 1), mbbs().education(),
                mbbs().languageTests(), mbbs().funding(), mbbs().choices(), mbbs().documents());
        assertThat(Completeness.missing(mononym, TODAY)).isEmpty();
    }

    @Test
    void nationalityIsACountryAndTheApplicantIsAtLeastSixteen() {
        Submission s = mbbs();
        Submission unknownCountry = new Submission(s.surname(), s.givenNames(), "XX", s.dateOfBirth(), s.education(),
                s.languageTests(), s.funding(), s.choices(), s.documents());
        assertThat(Completeness.missing(unknownCountry, TODAY)).extracting(FieldError::code)
                .containsExactly(FieldErrorCode.UNKNOWN_COUNTRY);
        Submission fifteen = new Submission(s.surname(), s.givenNames(), "PK", LocalDate.of(2011, 3, 2), s.education(),
                s.languageTests(), s.funding(), s.choices(), s.documents());
        assertThat(Completeness.missing(fifteen, TODAY)).extracting(FieldError::code).containsExactly(FieldErrorCode.MIN);
        Submission sixteenToday = new Submission(s.surname(), s.givenNames(), "PK", LocalDate.of(2011, 3, 1),
                s.education(), s.languageTests(), s.funding(), s.choices(), s.documents());
        assertThat(Completeness.missing(sixteenToday, TODAY)).isEmpty();
    }

    @Test
    void eachFundingTypeAsksForWhatItNeeds() {
        Submission s = mbbs();
        assertThat(fields(Completeness.missing(complete(s.choices(), s.documents(), s.languageTests(),
                new Funding(FundingType.csc_type_a, " ", null, null)), TODAY)))
                .containsExactly("funding.dispatchingAuthority");
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), s.languageTests(),
                new Funding(FundingType.csc_type_a, "Embassy of the PRC in Islamabad", null, null)), TODAY)).isEmpty();
        assertThat(fields(Completeness.missing(complete(s.choices(), s.documents(), s.languageTests(),
                new Funding(FundingType.foreign_government, null, null, null)), TODAY)))
                .containsExactly("funding.sponsorName", "funding.sponsorCountry");
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), s.languageTests(),
                new Funding(FundingType.university_scholarship, null, null, null)), TODAY)).isEmpty();
    }

    @Test
    void aSelfFundedApplicantAlsoShowsAFinancialGuarantee() {
        Submission s = mbbs();
        Submission selfFunded = complete(s.choices(), s.documents(), s.languageTests(),
                new Funding(FundingType.self_funded, null, null, null));
        assertThat(Completeness.missing(selfFunded, TODAY)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("documents.financial_guarantee");
            assertThat(error.code()).isEqualTo(FieldErrorCode.DOCUMENT_MISSING);
            assertThat(error.params()).containsEntry("kind", "financial_guarantee");
        });
    }

    @Test
    void aRejectedDocumentIsMissingUntilUploadedAgainAndAVerifiedOneCounts() {
        Submission s = mbbs();
        Map<DocumentKind, DocumentStatus> documents = new HashMap<>(s.documents());
        documents.put(transcript, DocumentStatus.rejected);
        documents.put(passport, DocumentStatus.verified);
        assertThat(Completeness.missing(complete(s.choices(), documents, s.languageTests(), s.funding()), TODAY))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("documents.transcript");
                    assertThat(error.message()).contains("rejected");
                });
    }

    @Test
    void anEnglishTaughtProgrammeTakesIeltsOrToeflAtItsMinimumWithinTwoYears() {
        Submission s = mbbs();
        List<LanguageTest> toefl = List.of(new LanguageTest(LanguageTestType.TOEFL, new BigDecimal("80"), TODAY));
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), toefl, s.funding()), TODAY)).isEmpty();

        List<LanguageTest> low = List.of(new LanguageTest(LanguageTestType.IELTS, new BigDecimal("5.5"),
                LocalDate.of(2026, 6, 1)));
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), low, s.funding()), TODAY))
                .singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo(FieldErrorCode.MIN);
                    assertThat(error.params()).containsEntry("programme", "MBBS")
                            .containsEntry("IELTS", new BigDecimal("6.0")).containsEntry("TOEFL", new BigDecimal("80"));
                });

        List<LanguageTest> old = List.of(new LanguageTest(LanguageTestType.IELTS, new BigDecimal("8.0"),
                LocalDate.of(2025, 2, 28)));
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), old, s.funding()), TODAY))
                .extracting(FieldError::code).containsExactly(FieldErrorCode.REQUIRED);
        List<LanguageTest> twoYearsToTheDay = List.of(new LanguageTest(LanguageTestType.IELTS, new BigDecimal("8.0"),
                LocalDate.of(2025, 3, 1)));
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), twoYearsToTheDay, s.funding()), TODAY))
                .isEmpty();

        List<LanguageTest> hsk = List.of(new LanguageTest(LanguageTestType.HSK, new BigDecimal("6"), TODAY));
        assertThat(Completeness.missing(complete(s.choices(), s.documents(), hsk, s.funding()), TODAY))
                .extracting(FieldError::field).containsExactly("languageTests");
    }

    @Test
    void everyChosenProgrammeIsCheckedAndTheirDocumentsAddUp() {
        Submission s = mbbs();
        List<LanguageTest> tests = List.of(s.languageTests().get(0),
                new LanguageTest(LanguageTestType.HSK, new BigDecimal("3"), TODAY));
        List<FieldError> missing = Completeness.missing(complete(List.of(MBBS, NURSING_ZH), s.documents(), tests,
                s.funding()), TODAY);
        assertThat(fields(missing)).containsExactly("languageTests", "documents.language_certificate");
        assertThat(missing.get(0).params()).containsEntry("programme", "BSN-ZH").containsEntry("HSK", new BigDecimal("4"));
    }

    @Test
    void aChineseLanguageProgrammeAsksForNoTestAndAClosedIntakeCannotBeChosen() {
        Submission s = mbbs();
        assertThat(Completeness.missing(complete(List.of(CHINESE), all(DocumentStatus.uploaded, passport), List.of(),
                s.funding()), TODAY)).isEmpty();
        Choice closed = new Choice(1, "CHN-LANG", InstructionLanguage.zh, LanguageRequirement.NONE, EnumSet.of(passport),
                false);
        assertThat(Completeness.missing(complete(List.of(closed), all(DocumentStatus.uploaded, passport), List.of(),
                s.funding()), TODAY)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("choices[1]", FieldErrorCode.WINDOW_PASSED));
    }

    @Test
    void testResultsHaveTheirOwnScales() {
        assertThat(LanguageTestType.IELTS.validResult(new BigDecimal("6.5"))).isTrue();
        assertThat(LanguageTestType.IELTS.validResult(new BigDecimal("6.3"))).isFalse();
        assertThat(LanguageTestType.IELTS.validResult(new BigDecimal("9.5"))).isFalse();
        assertThat(LanguageTestType.TOEFL.validResult(new BigDecimal("120"))).isTrue();
        assertThat(LanguageTestType.TOEFL.validResult(new BigDecimal("80.5"))).isFalse();
        assertThat(LanguageTestType.HSK.validResult(new BigDecimal("0"))).isFalse();
        assertThat(LanguageTestType.HSK.validResult(new BigDecimal("5"))).isTrue();
    }
}
