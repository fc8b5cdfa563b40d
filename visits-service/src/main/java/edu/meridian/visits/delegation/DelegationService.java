package edu.meridian.visits.delegation;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.visits.VisitsConfig;
import edu.meridian.visits.deadline.Deadline;
import edu.meridian.visits.delegation.DelegationRules.Actor;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Delegations: requested by the office or a college liaison for their unit, at least 90 days ahead when official
 * ({@link AdvanceNotice}, an office admin may accept less with a reason), approved by the office, run by either, and
 * closed with a report due {@value Deadline#REPORT_DAYS} days after the visit. Every change is a revision; the
 * lifecycle's public steps are events ({@link DelegationEvents}).
 */
@ApplicationScoped
public class DelegationService {

    public static final String AGGREGATE = "delegation";

    private final DelegationRepository delegations;
    private final ItineraryRepository itinerary;
    private final DelegationEvents events;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;
    private final VisitsConfig config;
    private final GuestPassportService passports;

    DelegationService(DelegationRepository delegations, ItineraryRepository itinerary, DelegationEvents events,
            Revisions revisions, Caller caller, Today today, Clock clock, VisitsConfig config,
            GuestPassportService passports) {
        this.delegations = delegations;
        this.itinerary = itinerary;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
        this.config = config;
        this.passports = passports;
    }

    DelegationViewer viewer() {
        boolean admin = caller.hasAnyRole(Roles.OFFICE_ADMIN);
        boolean office = admin || caller.hasAnyRole(Roles.OFFICE_STAFF);
        String unit = caller.hasAnyRole(Roles.COLLEGE_LIAISON) ? caller.unit().orElse(null) : null;
        return new DelegationViewer(office, admin, unit, caller.hasAnyRole(Roles.LEADERSHIP),
                caller.hasAnyRole(Roles.CAMPUS_SYSTEM));
    }

    /** The delegation, if the caller may see it (a liaison sees their unit's only; others get 404). */
    public Delegation get(UUID id) {
        DelegationViewer viewer = viewer();
        return delegations.findByIdOptional(id).filter(viewer::sees)
                .orElseThrow(() -> ProblemException.notFound("Delegation", id));
    }

    /** The delegation, if the caller may run it: 404 when they may not see it, 403 when they may only read it. */
    Delegation runnable(UUID id) {
        Delegation delegation = get(id);
        if (viewer().actor(delegation).isEmpty()) {
            throw ProblemException.forbidden("Only the office and the host unit's liaison change a delegation");
        }
        return delegation;
    }

    public Disclosure disclosure() {
        return viewer().disclosure();
    }

    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public ZoneId zone() {
        return today.zone();
    }

    public Page<Delegation> search(DelegationFilter filter, int page, int size) {
        DelegationViewer viewer = viewer();
        if (!viewer.seesAll() && viewer.liaisonUnit() == null) {
            return new Page<>(List.of(), 0, page, size);
        }
        DelegationFilter scoped = viewer.seesAll() ? filter
                : new DelegationFilter(filter.q(), filter.state(), filter.category(), filter.hostUnit(), filter.from(),
                        filter.to(), viewer.liaisonUnit(), filter.sort());
        return delegations.search(scoped, page, size);
    }

    public Map<UUID, List<ItineraryItem>> itineraries(Collection<Delegation> list) {
        return itinerary.of(list.stream().map(delegation -> delegation.id).toList());
    }

    /** The passports of these delegations' guests, by guest id (sealed in the database, plain here: mask them). */
    public Map<UUID, GuestPassport> passports(Collection<Delegation> list) {
        return passports.of(list.stream().map(delegation -> delegation.id).toList());
    }

    @Transactional
    public Delegation request(DelegationContent content) {
        DelegationViewer viewer = viewer();
        DelegationContent hosted = identified(content.hostedBy(hostUnit(viewer, content.hostUnit())), List.of());
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.state = DelegationState.requested;
        delegation.requestedOn = today.date();
        delegation.created(caller.username(), clock.instant());
        delegation.apply(hosted);
        checkNotice(delegation, viewer, hosted.noticeOverrideReason());
        delegations.persist(delegation);
        passports.store(delegation, passportsByGuest(hosted));
        delegations.flush();
        revisions.record(AGGREGATE, delegation.id, "requested", delegation.noticeOverrideReason,
                DelegationSnapshot.of(delegation, List.of()), caller.actor());
        events.requested(delegation);
        return delegation;
    }

    @Transactional
    public Delegation update(UUID id, String ifMatch, DelegationContent content) {
        Delegation delegation = runnable(id);
        ETags.require(ifMatch, delegation.version);
        if (!editable(delegation.state)) {
            throw ProblemException.conflict("delegation-not-editable", "Delegation not editable",
                    "A delegation can be changed until its report is given; this one is " + delegation.state, Map.of());
        }
        DelegationViewer viewer = viewer();
        DelegationContent hosted = identified(content.hostedBy(hostUnit(viewer, content.hostUnit())),
                delegation.guests);
        delegation.apply(hosted);
        checkNotice(delegation, viewer, hosted.noticeOverrideReason());
        passports.store(delegation, passportsByGuest(hosted));
        delegation.changed(caller.username(), clock.instant());
        delegations.flush();
        revisions.record(AGGREGATE, id, "updated", DelegationSnapshot.of(delegation, itinerary.of(id, null)),
                caller.actor());
        return delegation;
    }

    /** Moves the delegation; rejecting and cancelling need a reason, the report its text. */
    @Transactional
    public Delegation transition(UUID id, String ifMatch, DelegationState to, String reason, String report) {
        Delegation delegation = runnable(id);
        ETags.require(ifMatch, delegation.version);
        if (!allowedTransitions(delegation).contains(to)) {
            if (delegation.state.next().contains(to) && viewer().actor(delegation).orElseThrow() == Actor.LIAISON
                    && (to == DelegationState.approved || to == DelegationState.rejected)) {
                throw ProblemException.forbidden("Only the office approves or rejects a delegation");
            }
            throw ProblemException.illegalTransition("A delegation", delegation.state, to, allowedTransitions(delegation));
        }
        String why = Strings.blankToNull(reason);
        if (DelegationRules.needsReason(to) && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to make a delegation " + to);
        }
        String text = Strings.blankToNull(report);
        if (to == DelegationState.reported) {
            if (text == null) {
                throw ProblemException.invalid("report", FieldErrorCode.REQUIRED, "is required to report on a visit");
            }
            delegation.report = text;
            delegation.reportedOn = today.date();
        } else if (text != null) {
            throw ProblemException.invalid("report", FieldErrorCode.UNCHANGEABLE, "is given only with the move to reported");
        }
        DelegationState from = delegation.state;
        delegation.state = to;
        delegation.changed(caller.username(), clock.instant());
        delegations.flush();
        List<ItineraryItem> items = itinerary.of(id, null);
        revisions.record(AGGREGATE, id, "state " + to, why, DelegationSnapshot.of(delegation, items), caller.actor());
        events.transitioned(delegation, from, items.size());
        return delegation;
    }

    /** The states this caller may move the delegation to today. */
    public List<DelegationState> allowedTransitions(Delegation delegation) {
        Optional<Actor> actor = viewer().actor(delegation);
        return actor.map(who -> DelegationRules.allowed(delegation.state, who, today.date(), delegation.arrivalOn,
                delegation.departureOn).stream().sorted().toList()).orElse(List.of());
    }

    /** Completed visits whose report is owed (only overdue ones if asked), the oldest first, with their deadline. */
    public Page<ReportDue> reportsDue(boolean overdueOnly, int page, int size) {
        DelegationViewer viewer = viewer();
        if (!viewer.seesAll() && viewer.liaisonUnit() == null) {
            return new Page<>(List.of(), 0, page, size);
        }
        LocalDate day = today.date();
        LocalDate departedBefore = overdueOnly ? day.minusDays(Deadline.REPORT_DAYS) : null;
        return delegations.owingReports(viewer.seesAll() ? null : viewer.liaisonUnit(), departedBefore, page, size)
                .map(delegation -> ReportDue.of(delegation, day, config.reports().dueSoonDays()));
    }

    /** Itinerary items are added and changed until the visit is over. */
    static boolean itineraryOpen(DelegationState state) {
        return state == DelegationState.requested || state == DelegationState.approved
                || state == DelegationState.scheduled || state == DelegationState.ongoing;
    }

    void recordItineraryChange(Delegation delegation, String action) {
        revisions.record(AGGREGATE, delegation.id, action, DelegationSnapshot.of(delegation,
                itinerary.of(delegation.id, null)), caller.actor());
    }

    private static boolean editable(DelegationState state) {
        return itineraryOpen(state) || state == DelegationState.completed;
    }

    /** The office names the host unit; a college liaison hosts for their own unit only. */
    private static String hostUnit(DelegationViewer viewer, String requested) {
        if (viewer.office()) {
            if (requested == null) {
                throw ProblemException.invalid("hostUnit", FieldErrorCode.REQUIRED, "must not be blank");
            }
            return requested;
        }
        if (viewer.liaisonUnit() == null) {
            throw ProblemException.forbidden("A college liaison without a unit in their token cannot host a delegation");
        }
        if (requested != null && !requested.equals(viewer.liaisonUnit())) {
            throw ProblemException.forbidden("A college liaison hosts delegations of their own unit only ("
                    + viewer.liaisonUnit() + ")");
        }
        return viewer.liaisonUnit();
    }

    /** The content checked against the guests the delegation has now, with a new id for each new guest. */
    private static DelegationContent identified(DelegationContent content, List<Guest> present) {
        Set<UUID> guestIds = present.stream().map(Guest::id).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Problem.FieldError> problems = DelegationRules.contentProblems(content, guestIds);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return content.withGuests(content.guests().stream()
                .map(guest -> guest.id() == null ? guest.identified(UUID.randomUUID()) : guest).toList());
    }

    private static Map<UUID, Passport> passportsByGuest(DelegationContent content) {
        Map<UUID, Passport> byGuest = new HashMap<>();
        content.passports().forEach((index, passport) -> byGuest.put(content.guests().get(index).id(), passport));
        return byGuest;
    }

    /**
     * An official delegation asked for less than 90 days before it arrives is refused, unless an office admin gives
     * a reason (kept with who gave it) or one was given before. Only an office admin may give one.
     */
    private void checkNotice(Delegation delegation, DelegationViewer viewer, String overrideReason) {
        if (overrideReason != null && !viewer.admin()) {
            throw ProblemException.forbidden("Only an office admin may accept a delegation at short notice");
        }
        Optional<AdvanceNotice.ShortNotice> shortNotice = AdvanceNotice.check(delegation.category,
                delegation.requestedOn, delegation.arrivalOn);
        if (shortNotice.isEmpty()) {
            return;
        }
        if (AdvanceNotice.accepted(shortNotice, overrideReason)) {
            delegation.noticeOverrideReason = overrideReason;
            delegation.noticeOverriddenBy = caller.username();
            return;
        }
        if (delegation.noticeOverrideReason != null) {
            return;
        }
        AdvanceNotice.ShortNotice notice = shortNotice.get();
        throw ProblemException.conflict("short-notice", "Too short notice",
                "An official delegation is requested at least " + notice.requiredDays() + " days before it arrives; this"
                        + " one arrives in " + notice.daysAhead() + " days (the earliest arrival now is "
                        + notice.earliestArrival() + "). An office admin may accept it with a reason.",
                Map.of("daysAhead", notice.daysAhead(), "requiredDays", notice.requiredDays(),
                        "earliestArrival", notice.earliestArrival().toString()));
    }
}
