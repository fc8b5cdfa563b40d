package edu.meridian.programmes.mobility;

import edu.meridian.persistence.AcademicYear;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.application.ApplicationConfirmed;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.mobility.MobilityRules.Actor;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.programmes.selection.AllocationService;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mobilities: an outbound one is planned when its application is confirmed (in the same transaction); the office
 * records inbound ones, keeps dates and credits up to date and moves them along {@link MobilityState}; the participant
 * and the office write the learning agreement, which the three parties approve ({@link MobilityRules}), and the
 * participant writes the report. Another person's mobility is a 404, as one that does not exist. Every change is a
 * revision saying who and why.
 */
@ApplicationScoped
public class MobilityService {

    public static final String AGGREGATE = "mobility";

    private final MobilityRepository mobilities;
    private final CallService calls;
    private final PartnerService partners;
    private final AllocationService allocations;
    private final MobilityEvents events;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    MobilityService(MobilityRepository mobilities, CallService calls, PartnerService partners,
            AllocationService allocations, MobilityEvents events, Revisions revisions, Caller caller, Today today,
            Clock clock) {
        this.mobilities = mobilities;
        this.calls = calls;
        this.partners = partners;
        this.allocations = allocations;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    /** The mobility, if the caller may see it; otherwise 404, as for one that is not there. */
    public Mobility get(UUID id) {
        MobilityViewer viewer = viewer();
        return mobilities.findByIdOptional(id).filter(viewer::sees)
                .orElseThrow(() -> ProblemException.notFound("Mobility", id));
    }

    /** Whether the caller may see this mobility (and so what belongs to it, such as its grants). */
    public boolean sees(UUID id) {
        return mobilities.findByIdOptional(id).filter(viewer()::sees).isPresent();
    }

    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<Mobility> search(MobilityFilter filter, int page, int size) {
        return mobilities.search(filter, page, size);
    }

    public Map<UUID, PartnerInstitution> institutionsOf(Collection<Mobility> list) {
        return partners.institutions(list.stream().map(mobility -> mobility.institutionId).distinct().toList());
    }

    /** A confirmed application becomes a planned outbound mobility, in the confirmation's transaction. */
    void plan(@Observes ApplicationConfirmed confirmed) {
        if (mobilities.ofApplication(confirmed.applicationId()).isPresent()) {
            return;
        }
        Call call = calls.get(confirmed.callId());
        Mobility mobility = new Mobility();
        mobility.id = UUID.randomUUID();
        mobility.applicationId = confirmed.applicationId();
        mobility.callId = call.id;
        mobility.direction = call.direction;
        mobility.mobilityType = call.mobilityType;
        mobility.academicYear = call.academicYear;
        mobility.participantId = confirmed.applicantId();
        mobility.participantName = confirmed.applicantUsername();
        mobility.homeUnit = confirmed.homeUnit();
        mobility.institutionId = allocations.allocatedDestination(call.id, confirmed.applicationId())
                .orElse(confirmed.firstChoice());
        mobility.state = MobilityState.planned;
        mobility.created(caller.username(), clock.instant());
        mobilities.persist(mobility);
        mobilities.flush();
        revisions.record(AGGREGATE, mobility.id, "created", "application " + confirmed.applicationId() + " confirmed",
                MobilitySnapshot.of(mobility), caller.actor());
    }

    /** The office records an exchange student or teacher coming to us. */
    @Transactional
    public Mobility createInbound(InboundContent content) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (content.callId() != null && calls.get(content.callId()).direction != Direction.inbound) {
            problems.add(new Problem.FieldError("callId", FieldErrorCode.INVALID, "is not an inbound call"));
        }
        try {
            AcademicYear.parse(content.academicYear());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.FieldError("academicYear", FieldErrorCode.ACADEMIC_YEAR,
                    "must be two consecutive years, such as 2026/27"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Mobility mobility = new Mobility();
        mobility.id = UUID.randomUUID();
        mobility.callId = content.callId();
        mobility.direction = Direction.inbound;
        mobility.mobilityType = content.mobilityType();
        mobility.academicYear = content.academicYear();
        mobility.participantName = content.participantName();
        mobility.participantId = content.participantId();
        mobility.homeUnit = content.homeUnit();
        mobility.state = MobilityState.planned;
        mobility.apply(checked(content.details(), mobility));
        mobility.created(caller.username(), clock.instant());
        mobilities.persist(mobility);
        mobilities.flush();
        revisions.record(AGGREGATE, mobility.id, "created", MobilitySnapshot.of(mobility), caller.actor());
        return mobility;
    }

    /** The office records the partner, dates and credits; a cancelled or recognised stay no longer changes. */
    @Transactional
    public Mobility update(UUID id, String ifMatch, MobilityContent content) {
        Mobility mobility = get(id);
        ETags.require(ifMatch, mobility.version);
        if (mobility.state == MobilityState.cancelled || mobility.state == MobilityState.recognised) {
            throw notChangeable(mobility, "A cancelled or recognised mobility no longer changes");
        }
        mobility.apply(checked(content, mobility));
        return saved(mobility, "updated", null);
    }

    /** Moves the mobility; an illegal move is a 409 naming the allowed ones, an unready one a 409 saying what is missing. */
    @Transactional
    public Mobility transition(UUID id, String ifMatch, MobilityState to, String reason) {
        Mobility mobility = get(id);
        ETags.require(ifMatch, mobility.version);
        MobilityState from = mobility.state;
        if (!MobilityRules.allowed(from, actors(mobility)).contains(to)) {
            throw ProblemException.illegalTransition("A mobility", from, to, allowedTransitions(mobility));
        }
        String why = Strings.blankToNull(reason);
        if (why == null && MobilityRules.needsReason(to)) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "must say why the mobility is " + to);
        }
        List<Problem.FieldError> missing = MobilityRules.notReady(mobility.facts(), to, today.date());
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("mobility-not-ready", "Mobility not ready",
                    "The mobility cannot move to " + to + " yet: " + String.join("; ",
                            missing.stream().map(problem -> problem.field() + " " + problem.message()).toList()),
                    Map.of("errors", missing));
        }
        mobility.state = to;
        saved(mobility, "state " + to, why);
        events.transitioned(mobility, from);
        return mobility;
    }

    /** The participant or the office lists the courses; a changed list must be approved again by every party. */
    @Transactional
    public Mobility reviseAgreement(UUID id, String ifMatch, List<Course> courses) {
        Mobility mobility = get(id);
        ETags.require(ifMatch, mobility.version);
        if (!MobilityRules.mayWrite(actors(mobility))) {
            throw ProblemException.forbidden("Only the participant and the office write the learning agreement");
        }
        if (!mobility.state.agreementOpen()) {
            throw notChangeable(mobility, "The learning agreement changes while the stay is planned or ongoing");
        }
        LearningAgreement revised = mobility.learningAgreement.revised(courses);
        String action = revised.approvals().size() < mobility.learningAgreement.approvals().size()
                ? "learning agreement changed, approvals reset" : "learning agreement changed";
        mobility.learningAgreement = revised;
        return saved(mobility, action, null);
    }

    /** One party approves the learning agreement as it stands. */
    @Transactional
    public Mobility approve(UUID id, String ifMatch, Party party) {
        Mobility mobility = get(id);
        ETags.require(ifMatch, mobility.version);
        if (!approvableBy(mobility).contains(party)) {
            throw ProblemException.forbidden("You cannot approve this learning agreement for the " + party);
        }
        if (!mobility.state.agreementOpen() || mobility.learningAgreement.courses().isEmpty()) {
            throw ProblemException.conflict("learning-agreement-not-approvable", "Learning agreement not approvable",
                    "A learning agreement is approved once it lists courses, while the stay is planned or ongoing",
                    Map.of());
        }
        mobility.learningAgreement = mobility.learningAgreement.approvedBy(party,
                new Approval(caller.username(), clock.instant()));
        return saved(mobility, "learning agreement approved for the " + party, null);
    }

    /** The participant (or the office for them) writes the report, during or after the stay. */
    @Transactional
    public Mobility writeReport(UUID id, String ifMatch, String report) {
        Mobility mobility = get(id);
        ETags.require(ifMatch, mobility.version);
        if (!MobilityRules.mayWrite(actors(mobility))) {
            throw ProblemException.forbidden("Only the participant and the office write the report");
        }
        if (!MobilityRules.reportOpen(mobility.state)) {
            throw notChangeable(mobility, "The report is written during or after the stay, until it is recognised");
        }
        mobility.report = report;
        return saved(mobility, "report written", null);
    }

    public List<MobilityState> allowedTransitions(Mobility mobility) {
        return MobilityRules.allowed(mobility.state, actors(mobility)).stream().sorted().toList();
    }

    /** The parties this caller may approve the learning agreement for now. */
    public List<Party> approvableBy(Mobility mobility) {
        if (!mobility.state.agreementOpen()) {
            return List.of();
        }
        return MobilityRules.mayApprove(actors(mobility), mobility.participantId != null).stream().sorted().toList();
    }

    public Disclosure disclosure(Mobility mobility) {
        return viewer().disclosure(mobility);
    }

    /** Today in the university's time zone, as export file names carry it. */
    public String today() {
        return today.date().toString();
    }

    /** The caller, as far as mobilities are concerned. */
    public MobilityViewer viewer() {
        boolean office = caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
        String participant = caller.hasAnyRole(Roles.STUDENT, Roles.FACULTY) ? caller.subject() : null;
        String unit = caller.hasAnyRole(Roles.COLLEGE_LIAISON) ? caller.unit().orElse(null) : null;
        return new MobilityViewer(office, participant, unit, caller.hasAnyRole(Roles.CAMPUS_SYSTEM));
    }

    private Set<Actor> actors(Mobility mobility) {
        return viewer().actors(mobility);
    }

    private Mobility saved(Mobility mobility, String action, String reason) {
        mobility.changed(caller.username(), clock.instant());
        mobilities.flush();
        revisions.record(AGGREGATE, mobility.id, action, reason, MobilitySnapshot.of(mobility), caller.actor());
        return mobility;
    }

    private MobilityContent checked(MobilityContent content, Mobility mobility) {
        List<Problem.FieldError> problems = new ArrayList<>(MobilityRules.detailProblems(content,
                mobility.learningAgreement, mobility.earnsCredits(), today.date()));
        if (partners.institution(content.institutionId()).isEmpty()) {
            problems.add(new Problem.FieldError("institutionId", FieldErrorCode.UNKNOWN_REFERENCE,
                    "is not a partner institution"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return content;
    }

    private static ProblemException notChangeable(Mobility mobility, String detail) {
        return ProblemException.conflict("mobility-not-changeable", "Mobility not changeable",
                detail + "; this one is " + mobility.state, Map.of());
    }
}
