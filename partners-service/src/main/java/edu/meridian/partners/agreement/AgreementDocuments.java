package edu.meridian.partners.agreement;

import edu.meridian.partners.PartnersConfig;
import edu.meridian.web.Caller;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
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

    public static final String PDF = "application/pdf";
    static final int TITLE_MAX = 300;
    static final int FILE_NAME_MAX = 255;
    /** Where the {@code %%EOF} marker must appear: in the last KiB, as PDF readers look for it. */
    static final int TRAILER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

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

    public record Content(AgreementDocument document, byte[] bytes) {
    }

    /**
     * Stores an upload as the next version of the agreement's document of that kind and title. Refuses, in this order:
     * an unknown agreement (404), a caller who may not add documents to it (403), missing or invalid fields (400), a
     * file over the cap (413), a file that is not a PDF by its content (415).
     */
    @Transactional
    public AgreementDocument upload(UUID agreementId, Upload upload) {
        // The lock on the agreement serialises uploads to it, so two uploads never get the same version number.
        Agreement agreement = agreements.findByIdOptional(agreementId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agreement", agreementId));
        if (!policy.mayAddDocuments(agreement)) {
            throw ProblemException.forbidden("You may not add documents to this agreement while it is " + agreement.state);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        DocumentKind kind = DocumentKind.parse(upload.kind()).orElse(null);
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "must be one of draft, signed, annex"));
        }
        String title = upload.title() == null ? "" : upload.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            errors.add(new Problem.FieldError("title", "must not be blank"));
        } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
            errors.add(new Problem.FieldError("title", "must be at most " + TITLE_MAX + " characters"));
        }
        long size = upload.file() == null ? -1 : sizeOf(upload.file());
        if (size < 0) {
            errors.add(new Problem.FieldError("file", "is required: a multipart part named file with a PDF"));
        } else if (size == 0) {
            errors.add(new Problem.FieldError("file", "is empty"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(Problem.type("validation"), "Invalid request", 400,
                    "The upload has invalid fields", errors, Map.of()));
        }
        long maxSize = config.documents().maxSize().asLongValue();
        if (size > maxSize) {
            throw ProblemException.of(413, "document-too-large", "Document too large",
                    "The document has " + size + " bytes; the largest accepted is " + maxSize + " bytes",
                    Map.of("maxSize", maxSize));
        }
        byte[] content = read(upload.file());
        if (!isPdf(content)) {
            throw ProblemException.of(415, "unsupported-document", "Not a PDF",
                    "Only PDF documents are accepted, and this file's content is not a PDF, whatever its name",
                    Map.of("accepted", List.of(PDF)));
        }
        AgreementDocument document = new AgreementDocument();
        document.id = UUID.randomUUID();
        document.agreementId = agreement.id;
        document.kind = kind;
        document.title = title;
        document.fileName = cleanFileName(upload.fileName());
        document.contentType = PDF;
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.version = documents.latestVersion(agreement.id, kind, title) + 1;
        document.content = content;
        document.uploadedBy = caller.username();
        document.uploadedAt = clock.instant();
        documents.persist(document);
        documents.flush();
        return document;
    }

    /** Every version of every document, the most recently uploaded document first, its newest version first. */
    public List<Listed> list(UUID agreementId) {
        requireAgreement(agreementId);
        Map<String, List<AgreementDocument>> byDocument = documents.ofAgreement(agreementId).stream()
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

    public Content content(UUID agreementId, UUID documentId) {
        AgreementDocument document = find(agreementId, documentId);
        return new Content(document, documents.contentOf(document.id));
    }

    private AgreementDocument find(UUID agreementId, UUID documentId) {
        requireAgreement(agreementId);
        return documents.find(agreementId, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    private void requireAgreement(UUID agreementId) {
        if (agreements.count("id", agreementId) == 0) {
            throw ProblemException.notFound("Agreement", agreementId);
        }
    }

    /** A PDF by content: the {@code %PDF-} header at the start and an {@code %%EOF} marker in the last KiB. */
    static boolean isPdf(byte[] content) {
        if (content.length < PDF_HEADER.length || !startsWith(content, PDF_HEADER)) {
            return false;
        }
        int from = Math.max(PDF_HEADER.length, content.length - TRAILER_WINDOW);
        for (int i = content.length - PDF_EOF.length; i >= from; i--) {
            if (regionMatches(content, i, PDF_EOF)) {
                return true;
            }
        }
        return false;
    }

    /** The name as the user's machine knew it: no directories (some browsers send them), no control characters. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.codePointCount(0, name.length()) > FILE_NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, FILE_NAME_MAX));
        }
        return name.isEmpty() ? "document.pdf" : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return regionMatches(content, 0, prefix);
    }

    private static boolean regionMatches(byte[] content, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (content[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The received upload cannot be read", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The received upload cannot be read", e);
        }
    }
}
