package edu.meridian.admissions.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.web.Problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application as its applicant and the office read it: the content, each required document's status, the offers
 * with the answers the caller may give, what is still missing (of a draft) and the transitions the caller may make.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResponse(
        UUID id,
        String applicantUsername,
        String surname,
        String givenNames,
        String nationality,
        LocalDate dateOfBirth,
        MaskedPassport passport,
        List<EducationEntry> education,
        List<LanguageTest> languageTests,
        Funding funding,
        List<ProgrammeChoice> choices,
        List<RequiredDocument> documents,
        List<OfferResponse> offers,
        ApplicationState state,
        List<ApplicationState> allowedTransitions,
        List<Problem.FieldError> missing,
        Instant submittedAt,
        String decisionReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    /** The passport as every response shows it: {@code E*****67}, {@code 2029-**-**}; in full only by the reveal. */
    public record MaskedPassport(String number, String expiry) {
    }

    /** A document the choices and funding require: its status, and its newest upload if there is one. */
    public record RequiredDocument(DocumentKind kind, DocumentStatus status, UUID documentId, String rejectionReason) {
    }

    /** An offer; {@code expired} once its deadline has passed unanswered; {@code allowedAnswers} for the caller. */
    public record OfferResponse(UUID id, int priority, UUID intakeId, OfferKind kind, List<String> conditions,
            LocalDate deadline, OfferState state, boolean expired, Instant issuedAt, Instant answeredAt,
            List<String> allowedAnswers) {
    }
}
