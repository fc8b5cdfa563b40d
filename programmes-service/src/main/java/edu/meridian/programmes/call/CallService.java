package edu.meridian.programmes.call;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.partner.AgreementEnded;
import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.programmes.scheme.Scheme;
import edu.meridian.programmes.scheme.SchemeService;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of calls ({@link CallRules}) against the scheme and the partners projection; the state moves only along
 * {@link CallState#next()}; every change is kept as a revision; opening, closing and publishing results are events.
 * An agreement that ends flags the open calls that send people under it.
 */
@ApplicationScoped
public class CallService {

    public static final String AGGREGATE = "call";
    /** Who signs the revisions the service makes by itself. */
    static final String SYSTEM = "programmes-service";

    private final CallRepository calls;
    private final SchemeService schemes;
    private final PartnerService partners;
    private final CallEvents events;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;
    private final Event<ResultsPublishing> publishing;

    CallService(CallRepository calls, SchemeService schemes, PartnerService partners, CallEvents events,
            Revisions revisions, Caller caller, Today today, Clock clock, Event<ResultsPublishing> publishing) {
        this.publishing = publishing;
        this.calls = calls;
        this.schemes = schemes;
        this.partners = partners;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    /** The call, if the caller may see it: drafts are the office's (others get 404, as for a call that is not there). */
    public Call get(UUID id) {
        return calls.findByIdOptional(id).filter(call -> call.state.published() || isOffice())
                .orElseThrow(() -> ProblemException.notFound("Call", id));
    }

    /** The version history of these records, as the versions endpoints serve it. */
    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<Call> search(CallFilter filter, int page, int size) {
        return calls.search(filter, page, size);
    }

    public boolean isOffice() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    }

    /** Whether the caller sees the office's side of a call (reviewers, budget, flags). */
    public boolean seesInternals() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON, Roles.LEADERSHIP,
                Roles.REVIEWER, Roles.CAMPUS_SYSTEM);
    }

    public Map<UUID, PartnerInstitution> institutionsOf(Collection<Call> list) {
        return partners.institutions(list.stream().flatMap(call -> call.destinations.stream())
                .map(destination -> destination.institutionId).distinct().toList());
    }

    public Map<UUID, PartnerAgreement> agreementsOf(Collection<Call> list) {
        return partners.agreements(list.stream().flatMap(call -> call.destinations.stream())
                .map(destination -> destination.agreementId).distinct().toList());
    }

    @Transactional
    public Call create(CallContent content) {
        Scheme scheme = schemes.get(content.schemeId());
        Call call = new Call();
        call.id = UUID.randomUUID();
        call.schemeId = scheme.id;
        call.state = CallState.draft;
        call.created(caller.username(), clock.instant());
        call.apply(content.withDestinations(resolve(content, scheme)));
        checkContent(call);
        calls.persist(call);
        calls.flush();
        revisions.record(AGGREGATE, call.id, "created", CallSnapshot.of(call), caller.actor());
        return call;
    }

    @Transactional
    public Call update(UUID id, String ifMatch, CallContent content) {
        Call call = get(id);
        ETags.require(ifMatch, call.version);
        if (!call.state.editable()) {
            throw ProblemException.conflict("call-not-editable", "Call not editable",
                    "A call can be changed while draft or open; this one is " + call.state, Map.of());
        }
        if (!call.schemeId.equals(content.schemeId())) {
            throw ProblemException.invalid("schemeId", FieldErrorCode.UNCHANGEABLE, "cannot change: a call stays with its scheme");
        }
        call.apply(content.withDestinations(resolve(content, schemes.get(call.schemeId))));
        checkContent(call);
        if (call.state == CallState.open) {
            checkOpening(call);
        }
        call.changed(caller.username(), clock.instant());
        calls.flush();
        revisions.record(AGGREGATE, id, "updated", CallSnapshot.of(call), caller.actor());
        return call;
    }

    /**
     * The call, its row locked for the rest of the transaction ({@code PESSIMISTIC_WRITE}: for update;
     * {@code PESSIMISTIC_READ}: for share), so that the selection's inputs hold still while it reads them.
     */
    public Call lock(UUID id, LockModeType mode) {
        Call call = calls.getEntityManager().find(Call.class, id, mode);
        if (call == null || !(call.state.published() || isOffice())) {
            throw ProblemException.notFound("Call", id);
        }
        return call;
    }

    /** Moves the call along its lifecycle; an illegal move is a 409 naming the allowed ones. */
    @Transactional
    public Call transition(UUID id, String ifMatch, CallState to, String reason) {
        Call call = get(id);
        ETags.require(ifMatch, call.version);
        CallState from = call.state;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition("A call", from, to, allowedTransitions(call));
        }
        if (to == CallState.open) {
            checkOpening(call);
        }
        if (to == CallState.results_published) {
            publishing.fire(new ResultsPublishing(call));
        }
        call.state = to;
        call.changed(caller.username(), clock.instant());
        calls.flush();
        revisions.record(AGGREGATE, id, "state " + to, Strings.blankToNull(reason), CallSnapshot.of(call),
                caller.actor());
        events.transitioned(call, schemes.get(call.schemeId).kind, from);
        return call;
    }

    /** The states this caller may move the call to now. */
    public List<CallState> allowedTransitions(Call call) {
        return isOffice() ? call.state.next().stream().sorted().toList() : List.of();
    }

    /** Flags the open calls that offer places under an agreement that has just ended (in the projection's transaction). */
    void agreementEnded(@Observes AgreementEnded ended) {
        for (Call call : calls.withAgreement(ended.agreementId(), CallState.open)) {
            boolean known = call.flags.stream().anyMatch(flag -> flag.agreementId().equals(ended.agreementId()));
            if (known) {
                continue;
            }
            List<CallFlag> flags = new ArrayList<>(call.flags);
            flags.add(new CallFlag(ended.agreementId(), ended.state(), clock.instant()));
            call.flags = flags;
            call.changed(SYSTEM, clock.instant());
            calls.flush();
            revisions.record(AGGREGATE, call.id, "flagged", "an agreement of its destinations is " + ended.state(),
                    CallSnapshot.of(call), SYSTEM);
        }
    }

    private List<CallDestination> resolve(CallContent content, Scheme scheme) {
        Map<UUID, UUID> ofScheme = new LinkedHashMap<>();
        scheme.destinations.forEach(destination -> ofScheme.put(destination.institutionId, destination.agreementId));
        List<Problem.FieldError> problems = CallRules.destinationProblems(content.wanted(), ofScheme);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return content.wanted().stream().map(wanted -> new CallDestination(wanted.institutionId(),
                ofScheme.get(wanted.institutionId()), wanted.places(), wanted.overrideReason())).toList();
    }

    private void checkContent(Call call) {
        List<Problem.FieldError> problems = CallRules.contentProblems(call, agreementsOf(List.of(call)));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private void checkOpening(Call call) {
        List<Problem.FieldError> problems = CallRules.openingProblems(call, agreementsOf(List.of(call)), today.date());
        if (!problems.isEmpty()) {
            throw ProblemException.conflict("call-cannot-open", "Call cannot open",
                    "The call cannot be open: " + String.join("; ",
                            problems.stream().map(problem -> problem.field() + " " + problem.message()).toList()),
                    Map.of("errors", problems, "allowedTransitions", allowedTransitions(call)));
        }
    }
}
