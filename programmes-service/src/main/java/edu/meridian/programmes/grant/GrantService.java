package edu.meridian.programmes.grant;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.call.Budget;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.mobility.Mobility;
import edu.meridian.programmes.mobility.MobilityEventData;
import edu.meridian.programmes.mobility.MobilityEvents;
import edu.meridian.programmes.mobility.MobilityService;
import edu.meridian.programmes.mobility.MobilityState;
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
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Grants: the office awards them to mobilities, records the instalments paid and moves them along {@link GrantState};
 * an award beyond the call's budget is refused ({@link GrantRules}). Whoever sees a mobility sees its grants; the
 * award is told to others as the mobility's {@code grant-awarded} event.
 */
@ApplicationScoped
public class GrantService {

    public static final String AGGREGATE = "grant";
    private static final Disclosure CAMPUS = Disclosure.withholding("createdBy", "updatedBy");

    private final GrantRepository grants;
    private final MobilityService mobilities;
    private final MobilityEvents events;
    private final CallService calls;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    GrantService(GrantRepository grants, MobilityService mobilities, MobilityEvents events, CallService calls,
            Revisions revisions, Caller caller, Today today, Clock clock) {
        this.grants = grants;
        this.mobilities = mobilities;
        this.events = events;
        this.calls = calls;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    /** The grant, if the caller may see its mobility; otherwise 404. */
    public Grant get(UUID id) {
        return grants.findByIdOptional(id).filter(grant -> mobilities.sees(grant.mobilityId))
                .orElseThrow(() -> ProblemException.notFound("Grant", id));
    }

    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    /**
     * The grants of a mobility the caller may see (404 for another's), or of a call, or all: the last two only for the
     * office and campus systems, who see every mobility.
     */
    public Page<Grant> search(UUID mobilityId, UUID callId, int page, int size) {
        if (mobilityId != null) {
            mobilities.get(mobilityId);
        } else if (!isOffice() && !caller.hasAnyRole(Roles.CAMPUS_SYSTEM)) {
            throw ProblemException.invalid("mobilityId", FieldErrorCode.REQUIRED, "must name the mobility whose grants to list");
        }
        return grants.search(mobilityId, callId, page, size);
    }

    @Transactional
    public Grant award(GrantContent content) {
        Mobility mobility = mobilities.get(content.mobilityId());
        if (mobility.state == MobilityState.cancelled) {
            throw ProblemException.conflict("mobility-cancelled", "Mobility cancelled",
                    "A cancelled mobility gets no grant", Map.of());
        }
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.mobilityId = mobility.id;
        grant.callId = mobility.callId;
        grant.state = GrantState.awarded;
        requireWithinBudget(grant, content, BigDecimal.ZERO);
        grant.apply(content);
        grant.created(caller.username(), clock.instant());
        grants.persist(grant);
        grants.flush();
        revisions.record(AGGREGATE, grant.id, "awarded", GrantSnapshot.of(grant), caller.actor());
        events.grantAwarded(mobility, new MobilityEventData.GrantFacts(grant.id, grant.funder.name(), grant.amount,
                grant.currency));
        return grant;
    }

    /** The office changes an awarded grant and records its instalments as they are paid. */
    @Transactional
    public Grant update(UUID id, String ifMatch, GrantContent content) {
        Grant grant = get(id);
        ETags.require(ifMatch, grant.version);
        if (!grant.mobilityId.equals(content.mobilityId())) {
            throw ProblemException.invalid("mobilityId", FieldErrorCode.UNCHANGEABLE,
                    "cannot change: a grant stays with its mobility");
        }
        if (grant.state != GrantState.awarded) {
            throw ProblemException.conflict("grant-not-changeable", "Grant not changeable",
                    "A grant changes while it is awarded; this one is " + grant.state, Map.of());
        }
        requireWithinBudget(grant, content, grant.drawsOnBudget() ? grant.amount : BigDecimal.ZERO);
        grant.apply(content);
        grant.changed(caller.username(), clock.instant());
        grants.flush();
        revisions.record(AGGREGATE, id, "updated", GrantSnapshot.of(grant), caller.actor());
        return grant;
    }

    @Transactional
    public Grant transition(UUID id, String ifMatch, GrantState to, String reason) {
        Grant grant = get(id);
        ETags.require(ifMatch, grant.version);
        GrantState from = grant.state;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition("A grant", from, to, allowedTransitions(grant));
        }
        String why = Strings.blankToNull(reason);
        if (why == null && GrantRules.needsReason(to)) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "must say why the grant is " + to);
        }
        GrantRules.notReady(to, grant.instalments).ifPresent(missing -> {
            throw ProblemException.conflict("grant-not-ready", "Grant not ready",
                    "The grant cannot be " + to + " yet: " + missing, Map.of());
        });
        grant.state = to;
        grant.changed(caller.username(), clock.instant());
        grants.flush();
        revisions.record(AGGREGATE, id, "state " + to, why, GrantSnapshot.of(grant), caller.actor());
        return grant;
    }

    /** The call's budget against the grants awarded to its mobilities. */
    public CallFunding funding(UUID callId) {
        Budget budget = calls.get(callId).budget;
        return new CallFunding(callId, budget, grants.counted(callId, true), grants.counted(callId, false));
    }

    public List<GrantState> allowedTransitions(Grant grant) {
        return isOffice() ? grant.state.next().stream().sorted().toList() : List.of();
    }

    public Disclosure disclosure() {
        return caller.hasAnyRole(Roles.CAMPUS_SYSTEM) ? CAMPUS : Disclosure.ALL;
    }

    private boolean isOffice() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    }

    /**
     * Checks the content's amount, currency and instalments and, when the grant draws on its call's budget, that the
     * budget holds it; {@code drawnBefore}: what the grant drew on the budget before this change. The call is locked
     * first, so that concurrent awards see each other.
     */
    private void requireWithinBudget(Grant grant, GrantContent content, BigDecimal drawnBefore) {
        List<Problem.FieldError> problems = new ArrayList<>(GrantRules.contentProblems(content.amount(),
                content.currency(), content.instalments(), today.date()));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (grant.callId == null || !content.funder().drawsOnCallBudget()) {
            return;
        }
        grants.lockCall(grant.callId);
        CallFunding funding = funding(grant.callId);
        GrantRules.currencyProblem(funding.budget(), content.currency()).ifPresent(problem -> {
            throw ProblemException.invalid(List.of(problem));
        });
        if (funding.budget() == null) {
            return;
        }
        BigDecimal others = funding.awarded().subtract(drawnBefore);
        GrantRules.overBudget(funding.budget(), others, content.amount()).ifPresent(excess -> {
            throw ProblemException.conflict("grant-over-budget", "Over the call's budget",
                    "Awarding " + content.amount().toPlainString() + " " + content.currency()
                            + " would exceed the call's budget of " + funding.budget().amount().toPlainString() + " "
                            + funding.budget().currency() + " by " + excess.toPlainString() + "; "
                            + others.toPlainString() + " is already awarded",
                    Map.of("budget", funding.budget().amount(), "awarded", others,
                            "remaining", funding.budget().amount().subtract(others)));
        });
    }
}
