package edu.meridian.admissions.application;

import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.admissions.programme.InstructionLanguage;
import edu.meridian.admissions.programme.LanguageRequirement;
import edu.meridian.web.Countries;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an application still lacks before it can be submitted, each as a field error: the names as in the passport
 * (a person with one name, as some passports show, gives only that one), nationality, date of birth (at least
 * {@value #MIN_AGE} years old), at least one school or university, the funding with what its type needs, at least one
 * programme choice whose application window is open, a language test each chosen programme asks for (taken within
 * {@value #TEST_VALID_YEARS} years, at least the programme's minimum), and every document the chosen programmes
 * require — a self-funded applicant also a financial guarantee — uploaded and not rejected.
 */
public final class Completeness {

    public static final int MIN_AGE = 16;
    public static final int TEST_VALID_YEARS = 2;

    /** A chosen programme, as the check needs it: its code (for messages), language, test minimum and documents. */
    public record Choice(int priority, String programmeCode, InstructionLanguage language, LanguageRequirement requirement,
            Set<DocumentKind> requiredDocuments, boolean windowOpen) {
    }

    /** The application's content as it is saved, with the status of each document kind it has. */
    public record Submission(String surname, String givenNames, String nationality, LocalDate dateOfBirth,
            List<EducationEntry> education, List<LanguageTest> languageTests, Funding funding, List<Choice> choices,
            Map<DocumentKind, DocumentStatus> documents) {
    }

    private Completeness() {
    }

    /** Everything missing, in the order of the application's steps; empty when it may be submitted today. */
    public static List<FieldError> missing(Submission application, LocalDate today) {
        List<FieldError> missing = new ArrayList<>();
        if (blank(application.surname()) && blank(application.givenNames())) {
            missing.add(new FieldError("givenNames", FieldErrorCode.REQUIRED,
                    "is required: the names exactly as in the passport (surname and given names, or the one name it shows)"));
        }
        if (blank(application.nationality())) {
            missing.add(new FieldError("nationality", FieldErrorCode.REQUIRED, "is required"));
        } else if (!Countries.exists(application.nationality())) {
            missing.add(new FieldError("nationality", FieldErrorCode.UNKNOWN_COUNTRY, "is not a country or region",
                    Map.of("value", application.nationality())));
        }
        dateOfBirth(application.dateOfBirth(), today).ifPresent(missing::add);
        if (application.education() == null || application.education().isEmpty()) {
            missing.add(new FieldError("education", FieldErrorCode.REQUIRED,
                    "is required: at least the school or university of the applicant's last qualification"));
        }
        missing.addAll(funding(application.funding()));
        List<Choice> choices = application.choices() == null ? List.of() : application.choices();
        if (choices.isEmpty()) {
            missing.add(new FieldError("choices", FieldErrorCode.REQUIRED, "is required: at least one programme"));
        }
        for (Choice choice : choices) {
            if (!choice.windowOpen()) {
                missing.add(new FieldError("choices[" + choice.priority() + "]", FieldErrorCode.WINDOW_PASSED,
                        "is an intake of " + choice.programmeCode() + " that does not take applications today",
                        Map.of("programme", choice.programmeCode())));
            }
            languageTest(choice, application.languageTests(), today).ifPresent(missing::add);
        }
        missing.addAll(documents(application, choices));
        return missing;
    }

    /** The document kinds the chosen programmes require, and a financial guarantee of a self-funded applicant. */
    public static Set<DocumentKind> requiredDocuments(List<Choice> choices, Funding funding) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        choices.forEach(choice -> kinds.addAll(choice.requiredDocuments()));
        if (funding != null && funding.type() == FundingType.self_funded) {
            kinds.add(DocumentKind.financial_guarantee);
        }
        return kinds;
    }

    private static Optional<FieldError> dateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of(new FieldError("dateOfBirth", FieldErrorCode.REQUIRED, "is required"));
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of(new FieldError("dateOfBirth", FieldErrorCode.NOT_FUTURE, "must not be in the future"));
        }
        if (Period.between(dateOfBirth, today).getYears() < MIN_AGE) {
            return Optional.of(new FieldError("dateOfBirth", FieldErrorCode.MIN,
                    "must be that of an applicant at least " + MIN_AGE + " years old", Map.of("value", MIN_AGE)));
        }
        return Optional.empty();
    }

    private static List<FieldError> funding(Funding funding) {
        if (funding == null || funding.type() == null) {
            return List.of(new FieldError("funding.type", FieldErrorCode.REQUIRED, "is required"));
        }
        List<FieldError> missing = new ArrayList<>();
        if (funding.type() == FundingType.csc_type_a && blank(funding.dispatchingAuthority())) {
            missing.add(new FieldError("funding.dispatchingAuthority", FieldErrorCode.REQUIRED,
                    "is required for a type A Chinese Government Scholarship: the embassy or agency that nominates"));
        }
        if (funding.type() == FundingType.foreign_government) {
            if (blank(funding.sponsorName())) {
                missing.add(new FieldError("funding.sponsorName", FieldErrorCode.REQUIRED,
                        "is required for a foreign government's sponsorship"));
            }
            if (blank(funding.sponsorCountry())) {
                missing.add(new FieldError("funding.sponsorCountry", FieldErrorCode.REQUIRED,
                        "is required for a foreign government's sponsorship"));
            }
        }
        return missing;
    }

    /** The programme's test is met by a test of its language, taken in the last two years, at its minimum. */
    private static Optional<FieldError> languageTest(Choice choice, List<LanguageTest> tests, LocalDate today) {
        LanguageRequirement requirement = choice.requirement();
        if (requirement == null || !requirement.asksForATest()) {
            return Optional.empty();
        }
        Map<LanguageTestType, BigDecimal> minimum = new LinkedHashMap<>();
        if (choice.language() == InstructionLanguage.en) {
            put(minimum, LanguageTestType.IELTS, requirement.minIelts());
            put(minimum, LanguageTestType.TOEFL, requirement.minToefl() == null ? null
                    : BigDecimal.valueOf(requirement.minToefl()));
        } else {
            put(minimum, LanguageTestType.HSK, requirement.minHsk() == null ? null
                    : BigDecimal.valueOf(requirement.minHsk()));
        }
        if (minimum.isEmpty()) {
            return Optional.empty();
        }
        LocalDate validFrom = today.minusYears(TEST_VALID_YEARS);
        List<LanguageTest> valid = (tests == null ? List.<LanguageTest>of() : tests).stream()
                .filter(test -> minimum.containsKey(test.type()) && test.takenOn() != null
                        && !test.takenOn().isBefore(validFrom) && !test.takenOn().isAfter(today))
                .toList();
        if (valid.stream().anyMatch(test -> test.result() != null && test.result().compareTo(minimum.get(test.type())) >= 0)) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("programme", choice.programmeCode());
        minimum.forEach((type, min) -> params.put(type.name(), min));
        String wanted = String.join(" or ", minimum.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().stripTrailingZeros().toPlainString()).toList());
        return Optional.of(valid.isEmpty()
                ? new FieldError("languageTests", FieldErrorCode.REQUIRED, "must show " + wanted + " or better, taken"
                        + " within " + TEST_VALID_YEARS + " years, for " + choice.programmeCode(), params)
                : new FieldError("languageTests", FieldErrorCode.MIN, "are below the " + wanted + " that "
                        + choice.programmeCode() + " asks for", params));
    }

    private static List<FieldError> documents(Submission application, List<Choice> choices) {
        Map<DocumentKind, DocumentStatus> have = application.documents() == null ? Map.of() : application.documents();
        List<FieldError> missing = new ArrayList<>();
        for (DocumentKind kind : requiredDocuments(choices, application.funding())) {
            DocumentStatus status = have.getOrDefault(kind, DocumentStatus.missing);
            if (!status.present()) {
                missing.add(new FieldError("documents." + kind, FieldErrorCode.DOCUMENT_MISSING,
                        status == DocumentStatus.rejected ? "was rejected; upload it again" : "is required",
                        Map.of("kind", kind.name())));
            }
        }
        return missing;
    }

    private static void put(Map<LanguageTestType, BigDecimal> minimum, LanguageTestType type, BigDecimal min) {
        if (min != null) {
            minimum.put(type, min);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
