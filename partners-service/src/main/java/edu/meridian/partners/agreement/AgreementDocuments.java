package edu.meridian.partners.agreement;

import edu.meridian.partners.PartnersConfig;
import edu.meridian.persistence.UploadedFile;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The documents of an agreement: uploads checked by content (PDF only), size-capped, stored with their SHA-256 and
 * numbered as versions of the same kind and title. Versions are kept; there is no delete.
 */
@ApplicationScoped
public class AgreementDocuments {

    public static final String PDF = Uploads.PDF;
    static final int TITLE_MAX = 300;

    private final AgreementRepository agreements;
    private final AgreementDocumentRepository documents;
    private final AgreementPolicy policy;
    private final Caller caller;
    private final Clock clock;
    private final PartnersConfig config;

    AgreementDocuments(AgreementRepository agreements, AgreementDocumentRepository documents, AgreementPolicy policy,
            Caller caller, Clock clock, PartnersConfig config) {
        this.agreements = agreements;
        this.documents = documents;
        this.policy = policy;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** An upload as it arrived: the form fields as sent (any may be missing) and the received file, if any. */
    public record Upload(String kind, String title, String fileName, Path file) {
    }

    /** A document version in a list; {@code latest} marks the newest version of its kind and title. */
    public record Listed(AgreementDocument document, boolean latest) {
    }

    /** A document with the means to read its file body, in slices, when it is sent. */
    public record Content(AgreementDocument document, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        /** At most {@code length} bytes of the file from {@code offset}. */
        byte[] read(long offset, int length);
    }

    /**
     * Stores an upload as the next version of the agreement's document of that kind and title. Refuses, in this order:
     * an unknown agreement (404), a caller who may not add documents to it (403), missing or invalid fields (400), a
     * file over the cap (413), a file that is not a PDF by its content (415). The file is checked and digested before
     * the agreement is locked; the lock is held only while the row is written.
     */
    public AgreementDocument upload(UUID agreementId, Upload upload) {
        requireMayAddDocuments(agreements.findByIdOptional(agreementId)
                .orElseThrow(() -> ProblemException.notFound("Agreement", agreementId)));
        List<Problem.FieldError> errors = new ArrayList<>();
        DocumentKind kind = DocumentKind.parse(upload.kind()).orElse(null);
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", FieldErrorCode.ONE_OF, "must be one of draft, signed, annex",
                    Map.of("allowed", List.of("draft", "signed", "annex"))));
        }
        String title = upload.title() == null ? "" : upload.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            errors.add(new Problem.FieldError("title", FieldErrorCode.REQUIRED, "must not be blank"));
        } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
            errors.add(new Problem.FieldError("title", FieldErrorCode.SIZE, "must be at most " + TITLE_MAX + " characters",
                    Map.of("max", TITLE_MAX)));
        }
        Problem.FieldError fileProblem = Uploads.fileProblem("file", upload.file(), "a PDF");
        if (fileProblem != null) {
            errors.add(fileProblem);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Uploads.CheckedFile file = Uploads.check(upload.file(), upload.fileName(), "document.pdf",
                config.documents().maxSize().asLongValue(), List.of(PDF), "document");
        AgreementDocument document = new AgreementDocument();
        document.id = UUID.randomUUID();
        document.agreementId = agreementId;
        document.kind = kind;
        document.title = title;
        document.file = UploadedFile.of(file, caller.username(), clock.instant());
        return QuarkusTransaction.requiringNew().call(() -> store(document, upload.file()));
    }

    private AgreementDocument store(AgreementDocument document, Path file) {
        // The lock on the agreement serialises uploads to it, so two uploads never get the same version number; the
        // agreement's state is checked again under it, as it may have changed since the upload was checked.
        Agreement agreement = agreements.findByIdOptional(document.agreementId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agreement", document.agreementId));
        requireMayAddDocuments(agreement);
        document.version = documents.latestVersion(agreement.id, document.kind, document.title) + 1;
        documents.insert(document, file);
        return document;
    }

    private void requireMayAddDocuments(Agreement agreement) {
        if (!policy.mayAddDocuments(agreement)) {
            throw ProblemException.forbidden("You may not add documents to this agreement while it is " + agreement.state);
        }
    }

    /**
     * Every version of every document the caller may read, the most recently uploaded document first, its newest
     * version first.
     */
    public List<Listed> list(UUID agreementId) {
        Agreement agreement = readableAgreement(agreementId);
        Map<String, List<AgreementDocument>> byDocument = documents.ofAgreement(agreementId).stream()
                .filter(document -> policy.mayReadDocument(agreement, document.kind))
                .collect(Collectors.groupingBy(document -> document.kind + "\u0000" + document.title,
                        LinkedHashMap::new, Collectors.toList()));
        List<Listed> listed = new ArrayList<>();
        for (List<AgreementDocument> versions : byDocument.values()) {
            for (AgreementDocument version : versions) {
                listed.add(new Listed(version, version == versions.get(0)));
            }
        }
        return listed;
    }

    public Listed get(UUID agreementId, UUID documentId) {
        AgreementDocument document = find(agreementId, documentId);
        return new Listed(document, document.version == documents.latestVersion(agreementId, document.kind, document.title));
    }

    /** The document as a download; its content is read from the database only when {@code content} is written. */
    public Content content(UUID agreementId, UUID documentId) {
        AgreementDocument document = find(agreementId, documentId);
        return new Content(document, (offset, length) -> documents.slice(document.id, offset, length));
    }

    /** What the caller reads of the documents of this agreement (who uploaded them, say). */
    public Disclosure disclosure(UUID agreementId) {
        return policy.disclosure(readableAgreement(agreementId));
    }

    private AgreementDocument find(UUID agreementId, UUID documentId) {
        Agreement agreement = readableAgreement(agreementId);
        return documents.find(agreementId, documentId)
                .filter(document -> policy.mayReadDocument(agreement, document.kind))
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    private Agreement readableAgreement(UUID agreementId) {
        return agreements.findByIdOptional(agreementId).filter(policy::mayRead)
                .orElseThrow(() -> ProblemException.notFound("Agreement", agreementId));
    }
}
