package edu.meridian.programmes.application;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.application.ApplicationRules.Actor;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.call.RequiredDocument;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications: an applicant drafts, changes and submits their own while the call takes applications, and may
 * withdraw; submission runs the call's eligibility check ({@link EligibilityCheck}); the office moves the rest along
 * {@link ApplicationState}. Who sees what is {@link ApplicationScope} and {@link Disclosure}: another person's
 * application is a 404, as one that does not exist. Every change is a revision saying who and why.
 */
@ApplicationScoped
public class ApplicationService {

    public static final String AGGREGATE = "application";
    /** Who signs the revisions the service makes by itself (the eligibility check). */
    static final String SYSTEM = "programmes-service";
    /** The unique index of V4 that keeps one application (not withdrawn) per person and call. */
    private static final String ONE_PER_APPLICANT = "application_one_per_applicant";

    private final ApplicationRepository applications;
    private final CallService calls;
    private final PartnerService partners;
    private final ApplicationEvents events;
    private final ApplicationDocumentRepository documents;
    private final HostRequirementRepository hostRequirements;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;
    private final Event<ApplicationConfirmed> confirmed;

    ApplicationService(ApplicationRepository applications, CallService calls, PartnerService partners,
            ApplicationEvents events, ApplicationDocumentRepository documents, HostRequirementRepository hostRequirements,
            Revisions revisions, Caller caller, Today today, Clock clock, Event<ApplicationConfirmed> confirmed) {
        this.applications = applications;
        this.documents = documents;
        this.hostRequirements = hostRequirements;
        this.calls = calls;
        this.partners = partners;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
        this.confirmed = confirmed;
    }

    /** The application, if the caller may see it; otherwise 404, as for one that is not there. */
    public Application get(UUID id) {
        return applications.findByIdOptional(id).filter(scope()::includes)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<Application> search(UUID callId, ApplicationState state, UUID institutionId, String unit, String sort,
            int page, int size) {
        return search(new ApplicationFilter(callId, state, institutionId, unit, scope(), sort), page, size);
    }

    /** A page of the filter's applications; the filter carries the scope of a viewer taken earlier. */
    Page<Application> search(ApplicationFilter filter, int page, int size) {
        return applications.search(filter, page, size);
    }

    public Map<UUID, PartnerInstitution> institutionsOf(Collection<Application> list) {
        return partners.institutions(list.stream().flatMap(application -> application.choices.stream()).distinct().toList());
    }

    @Transactional
    public Application create(ApplicationContent content) {
        Call call = calls.get(content.callId());
        ApplicationRules.mayNotApply(caller.roles(), call.direction, call.mobilityType).ifPresent(message -> {
            throw ProblemException.invalid("callId", FieldErrorCode.INVALID, message);
        });
        requireTakingApplications(call);
        if (applications.hasActive(call.id, caller.subject())) {
            throw alreadyApplied();
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.callId = call.id;
        application.applicantId = caller.subject();
        application.applicantUsername = caller.username();
        application.homeUnit = caller.unit().orElse(null);
        application.state = ApplicationState.draft;
        application.created(caller.username(), clock.instant());
        application.apply(checked(content, call));
        applications.persist(application);
        try {
            applications.flush();
        } catch (PersistenceException e) {
            // Two first applications of one person at once: the database keeps one per person and call.
            if (violates(e, ONE_PER_APPLICANT)) {
                throw alreadyApplied();
            }
            throw e;
        }
        revisions.record(AGGREGATE, application.id, "created", ApplicationSnapshot.of(application), caller.actor());
        return application;
    }

    /** The applicant changes their draft, before the deadline. */
    @Transactional
    public Application update(UUID id, String ifMatch, ApplicationContent content) {
        Application application = get(id);
        if (!isOwner(application)) {
            throw ProblemException.notFound("Application", id);
        }
        ETags.require(ifMatch, application.version);
        if (application.state != ApplicationState.draft) {
            throw ProblemException.conflict("application-not-editable", "Application not editable",
                    "An application can be changed while it is a draft; this one is " + application.state, Map.of());
        }
        if (!application.callId.equals(content.callId())) {
            throw ProblemException.invalid("callId", FieldErrorCode.UNCHANGEABLE,
                    "cannot change: an application stays with its call");
        }
        Call call = calls.get(application.callId);
        requireTakingApplications(call);
        application.apply(checked(content, call));
        application.changed(caller.username(), clock.instant());
        applications.flush();
        revisions.record(AGGREGATE, id, "updated", ApplicationSnapshot.of(application), caller.actor());
        return application;
    }

    /** Moves the application; submitting runs the eligibility check. An illegal move is a 409 naming the allowed ones. */
    @Transactional
    public Application transition(UUID id, String ifMatch, ApplicationState to, String reason) {
        Application application = get(id);
        ETags.require(ifMatch, application.version);
        Call call = calls.get(application.callId);
        ApplicationState from = application.state;
        Set<Actor> actors = actors(application);
        if (!ApplicationRules.allowed(from, actors, takesApplications(call)).contains(to)) {
            if (to == ApplicationState.submitted && from == ApplicationState.draft && actors.contains(Actor.APPLICANT)) {
                requireTakingApplications(call);
            }
            throw ProblemException.illegalTransition("An application", from, to, allowedTransitions(application, call));
        }
        String why = Strings.blankToNull(reason);
        if (why == null && ApplicationRules.needsReason(from, to, actors)) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED,
                    "must say why the application moves to " + to);
        }
        if (to == ApplicationState.submitted) {
            return submit(application, call);
        }
        if (to == ApplicationState.accepted_by_host) {
            requireHostDocumentsVerified(application);
        }
        application.state = to;
        application.changed(caller.username(), clock.instant());
        applications.flush();
        revisions.record(AGGREGATE, id, "state " + to, why, ApplicationSnapshot.of(application), caller.actor());
        events.transitioned(application, from);
        if (to == ApplicationState.confirmed) {
            confirmed.fire(ApplicationConfirmed.of(application));
        }
        return application;
    }

    private Application submit(Application application, Call call) {
        List<Problem.FieldError> problems = new ArrayList<>(
                ApplicationRules.submissionProblems(application.statement, application.choices));
        List<Problem.FieldError> missing = ApplicationDocumentRules.missing(call.requiredDocuments,
                documents.kindsOf(application.id, DocumentStage.application, false));
        problems.addAll(missing);
        if (!problems.isEmpty()) {
            throw ProblemException.conflict("application-incomplete", "Application incomplete",
                    "The application cannot be submitted yet: " + String.join("; ",
                            problems.stream().map(problem -> problem.field() + " " + problem.message()).toList()),
                    Map.of("errors", problems, "missingDocuments", ApplicationDocumentRules.kinds(missing)));
        }
        application.state = ApplicationState.submitted;
        application.submittedAt = clock.instant();
        application.changed(caller.username(), clock.instant());
        applications.flush();
        revisions.record(AGGREGATE, application.id, "state submitted", ApplicationSnapshot.of(application),
                caller.actor());

        List<IneligibilityReason> reasons = EligibilityCheck.reasons(call.eligibility, application.facts());
        application.ineligibilityReasons = reasons;
        application.state = reasons.isEmpty() ? ApplicationState.eligible : ApplicationState.ineligible;
        application.changed(SYSTEM, clock.instant());
        applications.flush();
        revisions.record(AGGREGATE, application.id, "state " + application.state,
                reasons.isEmpty() ? "meets the call's eligibility rules"
                        : String.join("; ", reasons.stream().map(IneligibilityReason::message).toList()),
                ApplicationSnapshot.of(application), SYSTEM);
        events.submitted(application);
        return application;
    }

    /**
     * The application whoever asks: for the selection, which decides itself who may see it (the office, the assigned
     * reviewer). Everyone else goes through {@link #get}.
     */
    public Application find(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** The call's applications that take part in the selection: eligible and under review, by id. */
    public List<Application> inSelection(UUID callId) {
        return applications.ofCall(callId, List.of(ApplicationState.eligible, ApplicationState.under_review));
    }

    /** An eligible application goes under review when its first reviewer is assigned. */
    @Transactional
    public void putUnderReview(Application application) {
        if (application.state == ApplicationState.eligible) {
            decide(application, ApplicationState.under_review, "a reviewer is assigned");
        }
    }

    /** The selection's decision on an application under review (published results), with why, by the caller. */
    @Transactional
    public void decide(Application application, ApplicationState to, String why) {
        ApplicationState from = application.state;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition("An application", from, to, List.of());
        }
        application.state = to;
        application.changed(caller.username(), clock.instant());
        applications.flush();
        revisions.record(AGGREGATE, application.id, "state " + to, why, ApplicationSnapshot.of(application),
                caller.actor());
        events.transitioned(application, from);
    }

    /** The host decides on the documents it asked for: each must be there and verified by the office. */
    private void requireHostDocumentsVerified(Application application) {
        List<RequiredDocument> asked = hostRequirements.ofApplication(application.id).stream()
                .map(requirement -> new RequiredDocument(requirement.code(), requirement.title)).toList();
        List<Problem.FieldError> missing = ApplicationDocumentRules.missing(asked,
                documents.kindsOf(application.id, DocumentStage.host, true));
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("host-documents-incomplete", "Host's documents incomplete",
                    "The host's acceptance can be recorded once every document it asked for is uploaded and verified; "
                            + "missing or unverified: " + String.join(", ", ApplicationDocumentRules.kinds(missing)
                            .stream().map(String::valueOf).toList()),
                    Map.of("errors", missing, "missingDocuments", ApplicationDocumentRules.kinds(missing)));
        }
    }

    /** The states this caller may move the application to now. */
    public List<ApplicationState> allowedTransitions(Application application, Call call) {
        return ApplicationRules.allowed(application.state, actors(application), takesApplications(call)).stream()
                .sorted().toList();
    }

    /** The calls of these applications, for their allowed transitions (whether each call still takes submissions). */
    public Map<UUID, Call> callsOf(Collection<Application> list) {
        Map<UUID, Call> found = new HashMap<>();
        list.stream().map(application -> application.callId).distinct()
                .forEach(callId -> found.put(callId, calls.get(callId)));
        return found;
    }

    /** How much of the application this caller sees. */
    Disclosure disclosure(Application application) {
        return viewer().disclosure(application);
    }

    /** Today in the university's time zone, as export file names carry it. */
    public String today() {
        return today.date().toString();
    }

    /** The caller, as far as applications are concerned. */
    Viewer viewer() {
        boolean office = caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
        String applicant = caller.hasAnyRole(Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT) ? caller.subject() : null;
        String unit = caller.hasAnyRole(Roles.COLLEGE_LIAISON) ? caller.unit().orElse(null) : null;
        return new Viewer(office, applicant, unit, caller.hasAnyRole(Roles.CAMPUS_SYSTEM));
    }

    private ApplicationScope scope() {
        return viewer().scope();
    }

    private Set<Actor> actors(Application application) {
        return viewer().actors(application);
    }

    private boolean isOwner(Application application) {
        return viewer().owns(application);
    }

    boolean takesApplications(Call call) {
        return ApplicationRules.closedBecause(call.state, call.opensOn, call.closesOn, today.date()).isEmpty();
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException alreadyApplied() {
        return ProblemException.conflict("application-exists", "Already applied",
                "You already have an application to this call; change it or withdraw it first", Map.of());
    }

    void requireTakingApplications(Call call) {
        ApplicationRules.closedBecause(call.state, call.opensOn, call.closesOn, today.date()).ifPresent(why -> {
            throw ProblemException.conflict("call-not-taking-applications", "Call not taking applications",
                    "Applications cannot be made or changed: " + why, Map.of());
        });
    }

    private ApplicationContent checked(ApplicationContent content, Call call) {
        Set<UUID> destinations = call.destinations.stream().map(destination -> destination.institutionId)
                .collect(Collectors.toSet());
        List<Problem.FieldError> problems = ApplicationRules.choiceProblems(content.choices(), destinations);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return content;
    }
}
