package edu.meridian.admissions.application;

import edu.meridian.admissions.AdmissionsConfig;
import edu.meridian.admissions.application.ApplicationRules.Actor;
import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.persistence.UploadedFile;
import edu.meridian.web.Caller;
import edu.meridian.web.Enums;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Strings;
import edu.meridian.web.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documents of applications, each {@code missing → uploaded → verified | rejected}: the applicant uploads them
 * (PDF, PNG or JPEG by content, size-capped, with their SHA-256) while the application is a draft, and again a
 * rejected or missing one once it is submitted; a new upload of a kind replaces the one not yet looked at. Officers
 * verify or reject them (with a reason) while the application is submitted. Whoever may see the application reads its
 * documents; anyone else's are a 404.
 */
@ApplicationScoped
public class ApplicationDocuments {

    public static final int MAX_DOCUMENTS = 40;
    static final List<String> ACCEPTED_TYPES = List.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG);

    private final ApplicationService applications;
    private final ApplicationDocumentRepository documents;
    private final Caller caller;
    private final Clock clock;
    private final AdmissionsConfig config;

    ApplicationDocuments(ApplicationService applications, ApplicationDocumentRepository documents, Caller caller,
            Clock clock, AdmissionsConfig config) {
        this.applications = applications;
        this.documents = documents;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** An upload as it arrived: the form field as sent (may be missing) and the received file, if any. */
    public record Upload(String kind, String fileName, Path file) {
    }

    /** A document with the means to read its body, in slices, when it is sent. */
    public record Content(ApplicationDocument document, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        byte[] read(long offset, int length);
    }

    /**
     * Stores an upload. Refuses, in this order: an application the caller may not see (404) or not theirs (403); one
     * not open to this upload (409); a missing or unknown kind or a missing or empty file (400); too many documents
     * (409); a file over the cap (413) or of another type by content (415). The file is checked before the
     * application is locked; under the lock the rules are checked again.
     */
    public ApplicationDocument upload(UUID applicationId, Upload upload) {
        AdmissionApplication application = applications.get(applicationId);
        requireApplicant(application);
        List<Problem.FieldError> errors = new ArrayList<>();
        DocumentKind kind = null;
        if (upload.kind() == null || upload.kind().isBlank()) {
            errors.add(new Problem.FieldError("kind", FieldErrorCode.REQUIRED, "must name the kind of document"));
        } else {
            try {
                kind = Enums.parse(DocumentKind.class, "kind", upload.kind());
            } catch (ProblemException e) {
                errors.addAll(e.problem().errors());
            }
        }
        Problem.FieldError fileProblem = Uploads.fileProblem("file", upload.file(), "a PDF, PNG or JPEG");
        if (fileProblem != null) {
            errors.add(fileProblem);
        }
        if (kind != null) {
            requireOpen(application, kind);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireRoomFor(application.id);
        Uploads.CheckedFile file = Uploads.check(upload.file(), upload.fileName(), kind + ".pdf",
                config.documents().maxSize().asLongValue(), ACCEPTED_TYPES, "document");
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        document.applicationId = application.id;
        document.kind = kind;
        document.file = UploadedFile.of(file, caller.username(), clock.instant());
        document.status = DocumentStatus.uploaded;
        DocumentKind uploaded = kind;
        return QuarkusTransaction.requiringNew().call(() -> {
            AdmissionApplication locked = applications.locked(application.id);
            requireOpen(locked, uploaded);
            documents.deleteUnreviewed(locked.id, uploaded);
            requireRoomFor(locked.id);
            documents.insert(document, file.file());
            return document;
        });
    }

    /** Every document of the application, by kind, the newest of a kind first. */
    public List<ApplicationDocument> list(UUID applicationId) {
        return documents.ofApplication(applications.get(applicationId).id);
    }

    public ApplicationDocument get(UUID applicationId, UUID documentId) {
        return find(applications.get(applicationId), documentId);
    }

    public Content content(UUID applicationId, UUID documentId) {
        ApplicationDocument document = find(applications.get(applicationId), documentId);
        return new Content(document, (offset, length) -> documents.slice(document.id, offset, length));
    }

    /** An officer verifies a document, or rejects it with a reason, while the application is submitted. */
    @Transactional
    public ApplicationDocument review(UUID applicationId, UUID documentId, DocumentStatus decision, String reason) {
        AdmissionApplication application = applications.locked(applicationId);
        applications.requireOfficer(application);
        ApplicationDocument document = find(application, documentId);
        if (decision != DocumentStatus.verified && decision != DocumentStatus.rejected) {
            throw ProblemException.invalid("decision", FieldErrorCode.ONE_OF, "must be verified or rejected",
                    Map.of("allowed", List.of("verified", "rejected")));
        }
        String why = Strings.blankToNull(reason);
        if (decision == DocumentStatus.rejected && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to reject a document, so "
                    + "that the applicant knows what to upload");
        }
        if (application.state != ApplicationState.submitted) {
            throw ProblemException.conflict("documents-not-reviewable", "Documents not reviewable",
                    "Documents are verified or rejected while the application is submitted; this one is "
                            + application.state, Map.of("state", application.state));
        }
        if (document.status != DocumentStatus.uploaded) {
            throw ProblemException.conflict("document-reviewed", "Document already reviewed",
                    "This document is " + document.status + "; a new upload of its kind is reviewed instead",
                    Map.of("status", document.status));
        }
        document.status = decision;
        document.rejectionReason = decision == DocumentStatus.rejected ? why : null;
        document.reviewedBy = caller.username();
        document.reviewedAt = clock.instant();
        application.changed(caller.username(), clock.instant());
        return document;
    }

    /** What the caller may do with the document now ({@code verify}, {@code reject}). */
    public List<String> allowedActions(UUID applicationId, ApplicationDocument document) {
        AdmissionApplication application = applications.get(applicationId);
        boolean officer = applications.viewer().actor(application).filter(actor -> actor == Actor.OFFICER).isPresent();
        return officer && application.state == ApplicationState.submitted && document.status == DocumentStatus.uploaded
                ? List.of("verify", "reject") : List.of();
    }

    private void requireApplicant(AdmissionApplication application) {
        if (!applications.viewer().owns(application)) {
            throw ProblemException.forbidden("The documents of an application are uploaded by its applicant");
        }
    }

    /** A draft takes any kind; a submitted application only a kind whose newest document is missing or rejected. */
    private void requireOpen(AdmissionApplication application, DocumentKind kind) {
        if (application.state == ApplicationState.draft) {
            return;
        }
        if (application.state == ApplicationState.submitted) {
            ApplicationDocument current = documents.current(application.id).get(kind);
            if (current == null || current.status == DocumentStatus.rejected) {
                return;
            }
        }
        throw ProblemException.conflict("application-documents-closed", "Documents cannot be changed now",
                "Documents are uploaded while the application is a draft; once submitted, only a missing or rejected "
                        + "one. This application is " + application.state + " and its " + kind + " is there",
                Map.of("state", application.state, "kind", kind.name()));
    }

    private void requireRoomFor(UUID applicationId) {
        if (documents.countOf(applicationId) >= MAX_DOCUMENTS) {
            throw ProblemException.conflict("too-many-documents", "Too many documents", "An application holds at most "
                    + MAX_DOCUMENTS + " documents", Map.of("max", MAX_DOCUMENTS));
        }
    }

    private ApplicationDocument find(AdmissionApplication application, UUID documentId) {
        return documents.find(application.id, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }
}
