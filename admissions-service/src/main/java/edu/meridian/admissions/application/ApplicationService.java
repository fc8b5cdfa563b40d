package edu.meridian.admissions.application;

import edu.meridian.admissions.application.ApplicationRules.Actor;
import edu.meridian.admissions.programme.DegreeProgramme;
import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.admissions.programme.Intake;
import edu.meridian.admissions.programme.ProgrammeService;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.personal.Reveal;
import edu.meridian.persistence.personal.Reveals;
import edu.meridian.web.Caller;
import edu.meridian.web.Countries;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Admission applications: an applicant writes one draft at a time and submits it when {@link Completeness} finds
 * nothing missing; officers check its documents, review it, and make offers per programme choice, which the
 * applicant accepts or declines by their deadline ({@link OfferRules}). An applicant sees only their own
 * applications: anyone else's is a 404. The public steps are events ({@link ApplicationEvents}).
 */
@ApplicationScoped
public class ApplicationService {

    /** The aggregate type of the reveal audit. */
    public static final String AGGREGATE = "admission-application";

    private final ApplicationRepository applications;
    private final ApplicationDocumentRepository documents;
    private final OfferRepository offers;
    private final ProgrammeService programmes;
    private final ApplicationEvents events;
    private final Caller caller;
    private final Reveals reveals;
    private final Today today;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, ApplicationDocumentRepository documents,
            OfferRepository offers, ProgrammeService programmes, ApplicationEvents events, Caller caller, Reveals reveals,
            Today today, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.offers = offers;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
        this.reveals = reveals;
        this.today = today;
        this.clock = clock;
    }

    ApplicationViewer viewer() {
        return new ApplicationViewer(caller.subject(), caller.hasAnyRole(Roles.APPLICANT),
                caller.hasAnyRole(Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN), caller.hasAnyRole(Roles.OFFICE_STAFF));
    }

    /** The application, if the caller may see it; anyone else's is a 404, whatever its id. */
    public AdmissionApplication get(UUID id) {
        ApplicationViewer viewer = viewer();
        return applications.findByIdOptional(id).filter(viewer::sees)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** As {@link #get}, locked for the change that follows. */
    AdmissionApplication locked(UUID id) {
        AdmissionApplication visible = get(id);
        return applications.findByIdOptional(visible.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    public Page<AdmissionApplication> search(ApplicationFilter filter, int page, int size) {
        ApplicationViewer viewer = viewer();
        return applications.search(filter, viewer.seesAll() ? null : viewer.subject(), page, size);
    }

    @Transactional
    public AdmissionApplication create(ApplicationContent content) {
        String subject = caller.subject();
        if (applications.hasOpen(subject)) {
            throw ProblemException.conflict("application-exists", "Application already open",
                    "You have an application that has not ended; continue that one", Map.of());
        }
        check(content);
        AdmissionApplication application = new AdmissionApplication();
        application.id = UUID.randomUUID();
        application.applicantSubject = subject;
        application.applicantUsername = caller.username();
        application.state = ApplicationState.draft;
        application.created(caller.username(), clock.instant());
        application.apply(content);
        applications.persist(application);
        applications.flush();
        return application;
    }

    /** The applicant saves their draft (If-Match); only a draft changes, only its applicant changes it. */
    @Transactional
    public AdmissionApplication update(UUID id, String ifMatch, ApplicationContent content) {
        AdmissionApplication application = locked(id);
        if (!viewer().owns(application)) {
            throw ProblemException.forbidden("An application is written by its applicant only");
        }
        ETags.require(ifMatch, application.version);
        if (!ApplicationRules.editable(application.state)) {
            throw ProblemException.conflict("application-not-editable", "Application not editable",
                    "An application is changed only as a draft; this one is " + application.state,
                    Map.of("state", application.state));
        }
        check(content);
        application.apply(content);
        application.changed(caller.username(), clock.instant());
        applications.flush();
        return application;
    }

    @Transactional
    public AdmissionApplication transition(UUID id, String ifMatch, ApplicationState to, String reason) {
        AdmissionApplication application = locked(id);
        Actor actor = viewer().actor(application).orElseThrow(() -> ProblemException.forbidden(
                "Only the applicant and admissions officers move an application"));
        ETags.require(ifMatch, application.version);
        if (!ApplicationRules.allowed(application.state, actor).contains(to)) {
            throw ProblemException.illegalTransition("An application", application.state, to,
                    allowedTransitions(application));
        }
        String why = Strings.blankToNull(reason);
        if (ApplicationRules.needsReason(to, actor) && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to make an application " + to);
        }
        if (to == ApplicationState.submitted) {
            List<Problem.FieldError> missing = missing(application);
            if (!missing.isEmpty()) {
                throw new ProblemException(new Problem(Problem.type("application-incomplete"), "Application incomplete",
                        409, "The application cannot be submitted yet: " + missing.size() + " things are missing",
                        missing, Map.of()));
            }
            application.submittedAt = clock.instant();
        }
        if (to == ApplicationState.documents_complete) {
            List<Problem.FieldError> unverified = unverified(application);
            if (!unverified.isEmpty()) {
                throw new ProblemException(new Problem(Problem.type("documents-not-verified"), "Documents not verified",
                        409, "Every required document is verified before the application's documents are complete",
                        unverified, Map.of()));
            }
        }
        if (to == ApplicationState.withdrawn) {
            offers.ofApplication(application.id).stream().filter(offer -> offer.state == OfferState.issued)
                    .forEach(offer -> offer.state = OfferState.closed);
        }
        if (actor == Actor.OFFICER && why != null) {
            application.decisionReason = why;
        }
        ApplicationState from = application.state;
        application.state = to;
        application.changed(caller.username(), clock.instant());
        applications.flush();
        events.transitioned(application, from);
        return application;
    }

    /**
     * The registration of an applicant who has arrived, as the student step records it: {@code arrived → registered}.
     * Only an officer registers; the caller's transaction also creates the student.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdmissionApplication registered(UUID id) {
        AdmissionApplication application = applications.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalid("applicationId", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not an application"));
        requireOfficer(application);
        if (application.state != ApplicationState.arrived) {
            throw ProblemException.conflict("application-not-arrived", "Applicant not arrived",
                    "An applicant is registered once their arrival is recorded; this application is "
                            + application.state, Map.of("state", application.state));
        }
        application.state = ApplicationState.registered;
        application.changed(caller.username(), clock.instant());
        applications.flush();
        return application;
    }

    /** The intake of the offer the applicant accepted. */
    public UUID acceptedIntake(AdmissionApplication application) {
        return offers.ofApplication(application.id).stream().filter(offer -> offer.state == OfferState.accepted)
                .map(offer -> offer.intakeId).findFirst()
                .orElseThrow(() -> new IllegalStateException("An application past its offers holds an accepted one"));
    }

    /** The states the caller may move the application to with a transition now. */
    public List<ApplicationState> allowedTransitions(AdmissionApplication application) {
        return viewer().actor(application)
                .map(actor -> ApplicationRules.allowed(application.state, actor).stream().sorted().toList())
                .orElse(List.of());
    }

    /** What the application still lacks to be submitted today (nothing once it is submitted). */
    public List<Problem.FieldError> missing(AdmissionApplication application) {
        if (application.state != ApplicationState.draft) {
            return List.of();
        }
        Map<DocumentKind, DocumentStatus> statuses = new EnumMap<>(DocumentKind.class);
        documents.current(application.id).forEach((kind, document) -> statuses.put(kind, document.status));
        return Completeness.missing(new Completeness.Submission(application.surname, application.givenNames,
                application.nationality, application.dateOfBirth, application.education, application.languageTests,
                application.funding, choices(application), statuses), today.date());
    }

    /** The documents the application's choices and funding require, each with its newest document, if any. */
    public Map<DocumentKind, ApplicationDocument> checklist(AdmissionApplication application) {
        Map<DocumentKind, ApplicationDocument> current = documents.current(application.id);
        Map<DocumentKind, ApplicationDocument> checklist = new EnumMap<>(DocumentKind.class);
        Completeness.requiredDocuments(choices(application), application.funding)
                .forEach(kind -> checklist.put(kind, current.get(kind)));
        return checklist;
    }

    public List<Offer> offers(AdmissionApplication application) {
        return offers.ofApplication(application.id);
    }

    public Map<UUID, List<Offer>> offers(List<AdmissionApplication> list) {
        return offers.ofApplications(list.stream().map(application -> application.id).toList());
    }

    public LocalDate today() {
        return today.date();
    }

    public Intake intake(UUID id) {
        return programmes.intake(id);
    }

    public DegreeProgramme programme(UUID id) {
        return programmes.programme(id);
    }

    /** An officer offers the intake of one choice, conditionally or not, to be answered by the deadline. */
    @Transactional
    public AdmissionApplication offer(UUID id, String ifMatch, int priority, OfferKind kind, List<String> conditions,
            LocalDate deadline) {
        AdmissionApplication application = locked(id);
        requireOfficer(application);
        ETags.require(ifMatch, application.version);
        if (!application.state.takesOffers()) {
            throw ProblemException.conflict("offers-closed", "No offers now", "Offers are made while an application "
                    + "is under review, waitlisted or holds offers; this one is " + application.state,
                    Map.of("state", application.state));
        }
        ProgrammeChoice choice = application.choices.stream().filter(chosen -> chosen.priority() == priority)
                .findFirst().orElseThrow(() -> ProblemException.invalid("priority", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not a choice of this application"));
        List<Offer> made = offers.ofApplication(application.id);
        if (made.stream().anyMatch(offer -> offer.priority == priority)) {
            throw ProblemException.invalid("priority", FieldErrorCode.DUPLICATE, "already has an offer");
        }
        Intake intake = programmes.intake(choice.intakeId());
        List<Problem.FieldError> problems = OfferRules.issueProblems(kind, conditions, deadline, today.date(),
                intake.startsOn);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.applicationId = application.id;
        offer.intakeId = intake.id;
        offer.priority = priority;
        offer.kind = kind;
        offer.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
        offer.deadline = deadline;
        offer.state = OfferState.issued;
        offer.issuedBy = caller.username();
        offer.issuedAt = clock.instant();
        offers.persist(offer);
        made.add(offer);
        ApplicationState from = application.state;
        application.state = OfferRules.stateAfter(made.stream().map(Offer::made).toList(), application.state);
        application.changed(caller.username(), clock.instant());
        applications.flush();
        events.offerIssued(application, from, offer);
        return application;
    }

    /** The applicant accepts (closing their other offers) or declines one offer, by its deadline. */
    @Transactional
    public AdmissionApplication answer(UUID id, UUID offerId, String ifMatch, boolean accept) {
        AdmissionApplication application = locked(id);
        if (!viewer().owns(application)) {
            throw ProblemException.forbidden("An offer is answered by the applicant only");
        }
        ETags.require(ifMatch, application.version);
        List<Offer> made = offers.ofApplication(application.id);
        Offer offer = made.stream().filter(candidate -> candidate.id.equals(offerId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Offer", offerId));
        Intake intake = programmes.intake(offer.intakeId);
        long accepted = accept ? acceptedLocked(intake) : 0;
        OfferRules.refusal(offer.state, offer.deadline, today.date(), accept, accepted, intake.places)
                .ifPresent(refusal -> {
                    throw switch (refusal) {
                        case NOT_OPEN -> ProblemException.conflict("offer-not-open", "Offer answered",
                                "This offer is " + offer.state + "; only an issued offer is answered",
                                Map.of("state", offer.state));
                        case EXPIRED -> ProblemException.conflict("offer-expired", "Offer expired",
                                "The offer was to be answered by " + offer.deadline,
                                Map.of("deadline", offer.deadline.toString()));
                        case FULL -> ProblemException.conflict("intake-full", "Intake full",
                                "Every place of this intake is taken; the office may put you on its waitlist",
                                Map.of("places", intake.places));
                    };
                });
        offer.state = accept ? OfferState.accepted : OfferState.declined;
        offer.answeredAt = clock.instant();
        if (accept) {
            made.stream().filter(other -> other != offer && other.state == OfferState.issued)
                    .forEach(other -> other.state = OfferState.closed);
        }
        ApplicationState from = application.state;
        application.state = OfferRules.stateAfter(made.stream().map(Offer::made).toList(), application.state);
        application.changed(caller.username(), clock.instant());
        applications.flush();
        events.offerAnswered(application, from, offer);
        return application;
    }

    /** An application whose offer was accepted, locked, with what its admission letter says of the programme. */
    public record Accepted(AdmissionApplication application, Offer offer, Intake intake, DegreeProgramme programme) {
    }

    /**
     * The application an officer is about to issue the admission letter of, locked (404 for one the caller may not
     * see, 403 for one they may not process, If-Match, 409 unless its offer was accepted).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted acceptedForLetter(UUID id, String ifMatch) {
        AdmissionApplication application = locked(id);
        requireOfficer(application);
        ETags.require(ifMatch, application.version);
        if (application.state != ApplicationState.offer_accepted) {
            throw ProblemException.conflict("letter-not-issuable", "No admission letter now",
                    "An admission letter is issued once the applicant has accepted an offer; this application is "
                            + application.state, Map.of("state", application.state));
        }
        Offer offer = offers.ofApplication(application.id).stream().filter(made -> made.state == OfferState.accepted)
                .findFirst().orElseThrow(() -> new IllegalStateException("offer_accepted without an accepted offer"));
        Intake intake = programmes.intake(offer.intakeId);
        return new Accepted(application, offer, intake, programmes.programme(intake.programmeId));
    }

    /** offer_accepted → admission_letter_issued, told to others, in the transaction that stored the letter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void letterIssued(Accepted accepted) {
        AdmissionApplication application = accepted.application();
        ApplicationState from = application.state;
        application.state = ApplicationState.admission_letter_issued;
        application.changed(caller.username(), clock.instant());
        applications.flush();
        events.letterIssued(application, from, accepted.offer());
    }

    /**
     * An admitted applicant's application, locked, for the visa form that goes with their letter (404 for one the
     * caller may not see, 403 for one they may not process, 409 before the letter is issued or once withdrawn).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdmissionApplication admittedForVisaForm(UUID id) {
        AdmissionApplication application = locked(id);
        requireOfficer(application);
        if (!ApplicationRules.admitted(application.state)) {
            throw ProblemException.conflict("not-admitted", "Not admitted", "A visa form is issued with the admission "
                    + "letter, to an admitted applicant; this application is " + application.state,
                    Map.of("state", application.state));
        }
        return application;
    }

    /** The passport in full; its {@code toString} never shows the number. */
    public record RevealedPassport(UUID applicationId, String number, LocalDate expiry, Instant revealedAt) {

        @Override
        public String toString() {
            return "RevealedPassport[" + applicationId + "]";
        }
    }

    /**
     * The applicant's passport in full, for an officer with a reason, recorded (who, when, which application, why)
     * before it is answered; 404 for an application the caller may not see or without a passport number.
     */
    @Transactional
    public RevealedPassport revealPassport(UUID id, String reason) {
        AdmissionApplication application = get(id);
        requireOfficer(application);
        if (application.passportNumber == null) {
            throw ProblemException.notFound("Passport number of application", id);
        }
        Reveal reveal = reveals.record(AGGREGATE, application.id, "passport", reason, caller.username());
        return new RevealedPassport(application.id, application.passportNumber, application.passportExpiry,
                reveal.revealedAt);
    }

    /** Who read the application's passport in full, when and why, the latest first. */
    public List<Reveal> passportReveals(UUID id) {
        return reveals.of(AGGREGATE, get(id).id);
    }

    /** What an officer must see done before the documents are complete: each required document verified. */
    private List<Problem.FieldError> unverified(AdmissionApplication application) {
        List<Problem.FieldError> unverified = new ArrayList<>();
        checklist(application).forEach((kind, document) -> {
            if (document == null || document.status != DocumentStatus.verified) {
                unverified.add(new Problem.FieldError("documents." + kind, FieldErrorCode.DOCUMENT_MISSING,
                        document == null ? "is missing" : "is " + document.status + ", not verified",
                        Map.of("kind", kind.name())));
            }
        });
        return unverified;
    }

    void requireOfficer(AdmissionApplication application) {
        if (viewer().actor(application).filter(actor -> actor == Actor.OFFICER).isEmpty()) {
            throw ProblemException.forbidden("Only admissions officers and office admins process applications");
        }
    }

    /** The accepted offers of the intake, counted under a lock of the intake so two acceptances do not pass at once. */
    private long acceptedLocked(Intake intake) {
        programmes.lockIntake(intake.id);
        return offers.acceptedIn(intake.id);
    }

    private List<Completeness.Choice> choices(AdmissionApplication application) {
        LocalDate day = today.date();
        return application.choices.stream().map(choice -> {
            Intake intake = programmes.intake(choice.intakeId());
            DegreeProgramme programme = programmes.programme(intake.programmeId);
            return new Completeness.Choice(choice.priority(), programme.code, programme.language,
                    programme.languageRequirement(), Set.copyOf(programme.requiredDocuments),
                    intake.takesApplications(day));
        }).toList();
    }

    /** What a draft may hold at all: known countries, real test results, distinct choices 1, 2, 3 of real intakes. */
    private void check(ApplicationContent content) {
        List<Problem.FieldError> problems = new ArrayList<>();
        country("nationality", content.nationality(), problems);
        for (int i = 0; i < content.education().size(); i++) {
            country("education[" + i + "].country", content.education().get(i).country(), problems);
            Integer to = content.education().get(i).toYear();
            if (to != null && to < content.education().get(i).fromYear()) {
                problems.add(new Problem.FieldError("education[" + i + "].toYear", FieldErrorCode.NOT_BEFORE,
                        "must not be before fromYear", Map.of("other", "fromYear")));
            }
        }
        for (int i = 0; i < content.languageTests().size(); i++) {
            LanguageTest test = content.languageTests().get(i);
            if (!test.type().validResult(test.result())) {
                problems.add(new Problem.FieldError("languageTests[" + i + "].result", FieldErrorCode.INVALID,
                        "is not a result " + test.type() + " gives (" + test.type().min().toPlainString() + " to "
                                + test.type().max().toPlainString() + ")"));
            }
        }
        if (content.funding() != null) {
            country("funding.sponsorCountry", content.funding().sponsorCountry(), problems);
        }
        Set<UUID> intakes = new HashSet<>();
        for (int i = 0; i < content.choices().size(); i++) {
            ProgrammeChoice choice = content.choices().get(i);
            if (choice.priority() != i + 1) {
                problems.add(new Problem.FieldError("choices[" + i + "].priority", FieldErrorCode.INVALID,
                        "must number the choices 1, 2, 3 without gaps or repeats"));
            }
            if (!intakes.add(choice.intakeId())) {
                problems.add(new Problem.FieldError("choices[" + i + "].intakeId", FieldErrorCode.DUPLICATE,
                        "is chosen twice"));
            } else if (!programmes.intakeExists(choice.intakeId())) {
                problems.add(new Problem.FieldError("choices[" + i + "].intakeId", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not an intake"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static void country(String field, String code, List<Problem.FieldError> problems) {
        if (code != null && !Countries.exists(code)) {
            problems.add(new Problem.FieldError(field, FieldErrorCode.UNKNOWN_COUNTRY, "is not a country or region",
                    Map.of("value", code)));
        }
    }
}
