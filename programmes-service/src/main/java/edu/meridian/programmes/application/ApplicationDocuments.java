package edu.meridian.programmes.application;

import edu.meridian.persistence.UploadedFile;
import edu.meridian.programmes.ProgrammesConfig;
import edu.meridian.programmes.application.ApplicationRules.Actor;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.call.RequiredDocument;
import edu.meridian.web.Caller;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of applications ({@link ApplicationDocumentRules}): uploads checked by content (PDF, PNG or JPEG),
 * size-capped and stored with their SHA-256, and the documents the host asks for after nomination. Whoever may see the
 * application may read its documents (the applicant, the office, the college liaison of the applicant's unit; another
 * person's application is a 404); reviewers get theirs with their assignments, later.
 */
@ApplicationScoped
public class ApplicationDocuments {

    private final ApplicationService applications;
    private final ApplicationRepository applicationRows;
    private final CallService calls;
    private final ApplicationDocumentRepository documents;
    private final HostRequirementRepository requirements;
    private final Caller caller;
    private final Clock clock;
    private final ProgrammesConfig config;

    ApplicationDocuments(ApplicationService applications, ApplicationRepository applicationRows, CallService calls,
            ApplicationDocumentRepository documents, HostRequirementRepository requirements, Caller caller, Clock clock,
            ProgrammesConfig config) {
        this.applications = applications;
        this.applicationRows = applicationRows;
        this.calls = calls;
        this.documents = documents;
        this.requirements = requirements;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** An upload as it arrived: the form field as sent (may be missing) and the received file, if any. */
    public record Upload(String kind, String fileName, Path file) {
    }

    /** A document with what the caller may do with it now ({@code delete}, {@code verify}). */
    public record Listed(ApplicationDocument document, List<String> allowedActions) {
    }

    /** A document with the means to read its body, in slices, when it is sent. */
    public record Content(ApplicationDocument document, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        /** At most {@code length} bytes of the file from {@code offset}. */
        byte[] read(long offset, int length);
    }

    /** A document the host asked for, and whether a document of it is there and verified. */
    public record Requirement(HostRequirement requirement, boolean uploaded, boolean verified) {
    }

    /**
     * Stores an upload as a document of the application. Refuses, in this order: an application the caller may not
     * see (404); one whose documents are not the caller's to add (403) or not open now (409); a missing or unknown
     * kind or a missing or empty file (400); too many documents (409); a file over the cap (413); a file that is
     * none of the accepted types by its content (415). The file is checked and digested before the application is
     * locked; under the lock the rules are checked again, as the application may have moved since.
     */
    public Listed upload(UUID applicationId, Upload upload) {
        Application application = applications.get(applicationId);
        Call call = calls.get(application.callId);
        DocumentStage stage = requireOpen(application, call);
        List<String> kinds = kindsWanted(application, call, stage);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (upload.kind() == null || upload.kind().isBlank()) {
            errors.add(new Problem.FieldError("kind", FieldErrorCode.REQUIRED, "must name the kind of document"));
        } else if (!kinds.contains(upload.kind())) {
            errors.add(new Problem.FieldError("kind", FieldErrorCode.ONE_OF, kinds.isEmpty()
                    ? "must be a kind of document asked for, and none is asked for"
                    : "must be one of " + String.join(", ", kinds), Map.of("allowed", kinds)));
        }
        Problem.FieldError fileProblem = Uploads.fileProblem("file", upload.file(), "a PDF, PNG or JPEG");
        if (fileProblem != null) {
            errors.add(fileProblem);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireRoomFor(application.id);
        Uploads.CheckedFile file = Uploads.check(upload.file(), upload.fileName(), "document",
                config.documents().maxSize().asLongValue(), ApplicationDocumentRules.ACCEPTED_TYPES, "document");
        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        document.applicationId = application.id;
        document.stage = stage;
        document.kind = upload.kind();
        document.file = UploadedFile.of(file, caller.username(), clock.instant());
        return QuarkusTransaction.requiringNew().call(() -> {
            Application locked = applicationRows.findByIdOptional(application.id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.notFound("Application", application.id));
            if (requireOpen(locked, call) != stage) {
                throw closed(locked);
            }
            requireRoomFor(locked.id);
            documents.insert(document, file.file());
            return listed(locked, call, document);
        });
    }

    /** Every document of the application, by stage and kind, the newest of a kind first. */
    public List<Listed> list(UUID applicationId) {
        Application application = applications.get(applicationId);
        Call call = calls.get(application.callId);
        return documents.ofApplication(applicationId).stream().map(document -> listed(application, call, document)).toList();
    }

    public Listed get(UUID applicationId, UUID documentId) {
        Application application = applications.get(applicationId);
        return listed(application, calls.get(application.callId), find(application, documentId));
    }

    /** The document as a download; its content is read from the database only when it is written. */
    public Content content(UUID applicationId, UUID documentId) {
        ApplicationDocument document = find(applications.get(applicationId), documentId);
        return new Content(document, (offset, length) -> documents.slice(document.id, offset, length));
    }

    /**
     * The documents of an application to one who reads them through another right than seeing the application (a
     * reviewer's assignment, which their service checked): read only, in the order of {@link #list}.
     */
    public List<ApplicationDocument> readOnly(UUID applicationId) {
        return documents.ofApplication(applicationId);
    }

    /** One of {@link #readOnly}'s documents as a download. */
    public Content readOnlyContent(UUID applicationId, UUID documentId) {
        ApplicationDocument document = documents.find(applicationId, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        return new Content(document, (offset, length) -> documents.slice(document.id, offset, length));
    }

    /** Takes an unverified document away, while the caller may add documents of its stage. */
    @Transactional
    public void delete(UUID applicationId, UUID documentId) {
        Application application = lockedVisible(applicationId);
        Call call = calls.get(application.callId);
        ApplicationDocument document = find(application, documentId);
        if (document.verified()) {
            throw ProblemException.conflict("document-verified", "Document verified",
                    "The office has verified this document; it stays with the application", Map.of());
        }
        if (!ApplicationDocumentRules.mayChange(document.stage, application.state, actors(application),
                applications.takesApplications(call))) {
            throw closed(application);
        }
        documents.delete(document);
    }

    /** The office confirms that the document is what the host asked for. Verifying it again changes nothing. */
    @Transactional
    public Listed verify(UUID applicationId, UUID documentId) {
        Application application = lockedVisible(applicationId);
        Call call = calls.get(application.callId);
        ApplicationDocument document = find(application, documentId);
        if (!document.verified()) {
            if (!ApplicationDocumentRules.mayVerify(document.stage, application.state, actors(application))) {
                throw ProblemException.conflict("document-not-verifiable", "Document not verifiable",
                        "The office verifies the documents the host asked for while the application is nominated; "
                                + "this is a document of the " + document.stage + " stage of an application that is "
                                + application.state, Map.of());
            }
            document.verifiedBy = caller.username();
            document.verifiedAt = clock.instant();
        }
        return listed(application, call, document);
    }

    /** What the host asked for, with whether each is uploaded and verified. */
    public List<Requirement> requirements(UUID applicationId) {
        Application application = applications.get(applicationId);
        Set<String> uploaded = documents.kindsOf(application.id, DocumentStage.host, false);
        Set<String> verified = documents.kindsOf(application.id, DocumentStage.host, true);
        return requirements.ofApplication(application.id).stream()
                .map(requirement -> new Requirement(requirement, uploaded.contains(requirement.code()),
                        verified.contains(requirement.code())))
                .toList();
    }

    /** The office records a document the host asks for (a code once per application). */
    @Transactional
    public Requirement require(UUID applicationId, RequiredDocument wanted) {
        Application application = lockedVisible(applicationId);
        if (!ApplicationDocumentRules.mayRequire(application.state, actors(application))) {
            throw ProblemException.conflict("host-requirements-closed", "Host's requirements closed",
                    "The documents the host asks for are recorded while the application is nominated; this one is "
                            + application.state, Map.of());
        }
        if (requirements.findByIdOptional(new HostRequirement.Key(application.id, wanted.code())).isPresent()) {
            throw ProblemException.invalid("code", FieldErrorCode.DUPLICATE, "is already asked for",
                    Map.of("value", wanted.code()));
        }
        HostRequirement requirement = new HostRequirement();
        requirement.key = new HostRequirement.Key(application.id, wanted.code());
        requirement.title = wanted.title();
        requirement.requestedBy = caller.username();
        requirement.requestedAt = clock.instant();
        requirements.persist(requirement);
        return new Requirement(requirement, false, false);
    }

    private Listed listed(Application application, Call call, ApplicationDocument document) {
        Set<Actor> actors = actors(application);
        List<String> actions = new ArrayList<>();
        if (!document.verified()) {
            if (ApplicationDocumentRules.mayChange(document.stage, application.state, actors,
                    applications.takesApplications(call))) {
                actions.add("delete");
            }
            if (ApplicationDocumentRules.mayVerify(document.stage, application.state, actors)) {
                actions.add("verify");
            }
        }
        return new Listed(document, actions);
    }

    /** The stage the caller may add documents to now; 403 when the documents are not theirs to add, 409 when closed. */
    private DocumentStage requireOpen(Application application, Call call) {
        DocumentStage stage = ApplicationDocumentRules.stageOf(application.state);
        Set<Actor> actors = actors(application);
        if (stage == DocumentStage.application && !actors.contains(Actor.APPLICANT)) {
            throw ProblemException.forbidden("The documents of an application are the applicant's to add until it is "
                    + "submitted");
        }
        if (stage == DocumentStage.application) {
            applications.requireTakingApplications(call);
        }
        if (stage == null || !ApplicationDocumentRules.mayChange(stage, application.state, actors,
                applications.takesApplications(call))) {
            throw closed(application);
        }
        return stage;
    }

    private List<String> kindsWanted(Application application, Call call, DocumentStage stage) {
        return stage == DocumentStage.application
                ? call.requiredDocuments.stream().map(RequiredDocument::code).toList()
                : requirements.ofApplication(application.id).stream().map(HostRequirement::code).toList();
    }

    private void requireRoomFor(UUID applicationId) {
        if (documents.countOf(applicationId) >= ApplicationDocumentRules.MAX_DOCUMENTS) {
            throw ProblemException.conflict("too-many-documents", "Too many documents", "An application holds at most "
                    + ApplicationDocumentRules.MAX_DOCUMENTS + " documents; take one away first",
                    Map.of("max", ApplicationDocumentRules.MAX_DOCUMENTS));
        }
    }

    private static ProblemException closed(Application application) {
        return ProblemException.conflict("application-documents-closed", "Documents cannot be changed now",
                "The applicant adds the documents the call requires while the application is a draft and the call "
                        + "takes applications; the documents the host asks for are added once it is nominated. This "
                        + "application is " + application.state, Map.of("state", application.state));
    }

    private Application lockedVisible(UUID applicationId) {
        Application visible = applications.get(applicationId);
        return applicationRows.findByIdOptional(visible.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Application", applicationId));
    }

    private ApplicationDocument find(Application application, UUID documentId) {
        return documents.find(application.id, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    private Set<Actor> actors(Application application) {
        return applications.viewer().actors(application);
    }
}
