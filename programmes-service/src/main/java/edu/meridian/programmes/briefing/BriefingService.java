package edu.meridian.programmes.briefing;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.programmes.scheme.SchemeService;
import edu.meridian.web.Caller;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The rules of briefings ({@link BriefingRules}) against the partners projection, schemes and calls; the state moves
 * only along {@link BriefingState#next()}; every change is kept as a revision. No events: the event catalogue has no
 * briefing topic.
 */
@ApplicationScoped
public class BriefingService {

    public static final String AGGREGATE = "briefing";

    private final BriefingRepository briefings;
    private final RegistrationRepository registrations;
    private final BriefingConversion conversion;
    private final PartnerService partners;
    private final SchemeService schemes;
    private final CallService calls;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    BriefingService(BriefingRepository briefings, RegistrationRepository registrations, BriefingConversion conversion,
            PartnerService partners, SchemeService schemes, CallService calls, Revisions revisions, Caller caller,
            Today today, Clock clock) {
        this.briefings = briefings;
        this.registrations = registrations;
        this.conversion = conversion;
        this.partners = partners;
        this.schemes = schemes;
        this.calls = calls;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    /** The briefing, if the caller may see it: planned ones are the office's (others get 404). */
    public Briefing get(UUID id) {
        return briefings.findByIdOptional(id).filter(briefing -> briefing.state.published() || isOffice())
                .orElseThrow(() -> ProblemException.notFound("Briefing", id));
    }

    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    /** The briefings that count for an application (see {@link BriefingConversion}), earliest first. */
    public List<Briefing> attendedFor(UUID applicationId) {
        List<UUID> ids = conversion.attendedFor(applicationId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Briefing> found = new HashMap<>();
        briefings.list("id in ?1", ids).forEach(briefing -> found.put(briefing.id, briefing));
        return ids.stream().map(found::get).toList();
    }

    public Page<Briefing> search(BriefingFilter filter, int page, int size) {
        return briefings.search(filter, clock.instant(), page, size);
    }

    public boolean isOffice() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    }

    public ZoneId zone() {
        return today.zone();
    }

    public Map<UUID, PartnerInstitution> presentersOf(Collection<Briefing> list) {
        return partners.institutions(list.stream().flatMap(briefing -> briefing.presentingPartners.stream())
                .distinct().toList());
    }

    /** Per briefing, the places its registrations take. */
    public Map<UUID, Long> placesTaken(Collection<Briefing> list) {
        Map<UUID, Map<RegistrationState, Long>> counts = registrations.countsByState(
                list.stream().map(briefing -> briefing.id).toList());
        return list.stream().collect(java.util.stream.Collectors.toMap(briefing -> briefing.id,
                briefing -> counts.getOrDefault(briefing.id, Map.of()).entrySet().stream()
                        .filter(entry -> entry.getKey().takesAPlace()).mapToLong(Map.Entry::getValue).sum()));
    }

    /** The caller's own registration for each briefing that has one. */
    public Map<UUID, Registration> myRegistrations() {
        Map<UUID, Registration> mine = new HashMap<>();
        for (Registration registration : registrations.ofPerson(caller.username())) {
            if (registration.state.takesAPlace() || !mine.containsKey(registration.briefingId)) {
                mine.put(registration.briefingId, registration);
            }
        }
        return mine;
    }

    @Transactional
    public Briefing create(BriefingContent content) {
        BriefingContent local = content.in(today.zone());
        checkContent(local);
        Briefing briefing = new Briefing();
        briefing.id = UUID.randomUUID();
        briefing.state = BriefingState.planned;
        briefing.created(caller.username(), clock.instant());
        briefing.apply(local);
        briefings.persist(briefing);
        briefings.flush();
        revisions.record(AGGREGATE, briefing.id, "created", BriefingSnapshot.of(briefing), caller.actor());
        return briefing;
    }

    @Transactional
    public Briefing update(UUID id, String ifMatch, BriefingContent content) {
        Briefing briefing = get(id);
        ETags.require(ifMatch, briefing.version);
        if (!briefing.state.editable()) {
            throw ProblemException.conflict("briefing-not-editable", "Briefing not editable",
                    "A briefing can be changed while planned or open for registration; this one is " + briefing.state,
                    Map.of());
        }
        BriefingContent local = content.in(today.zone());
        List<Problem.FieldError> problems = new ArrayList<>(contentProblems(local));
        problems.addAll(BriefingRules.capacityProblems(local.capacity(), registrations.placesTaken(id)));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        briefing.apply(local);
        briefing.changed(caller.username(), clock.instant());
        briefings.flush();
        revisions.record(AGGREGATE, id, "updated", BriefingSnapshot.of(briefing), caller.actor());
        return briefing;
    }

    /** Moves the briefing along its lifecycle; it is held only once it has started, and cancelled only with a reason. */
    @Transactional
    public Briefing transition(UUID id, String ifMatch, BriefingState to, String reason) {
        Briefing briefing = get(id);
        ETags.require(ifMatch, briefing.version);
        if (!briefing.state.next().contains(to)) {
            throw ProblemException.illegalTransition("A briefing", briefing.state, to, allowedTransitions(briefing));
        }
        String why = Strings.blankToNull(reason);
        if (to == BriefingState.cancelled && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to cancel a briefing");
        }
        if (to == BriefingState.held && clock.instant().isBefore(briefing.startsAt)) {
            throw ProblemException.conflict("briefing-not-started", "Briefing not started",
                    "A briefing is held only once it has started (" + briefing.startsAt + ")",
                    Map.of("allowedTransitions", allowedTransitions(briefing)));
        }
        briefing.state = to;
        briefing.changed(caller.username(), clock.instant());
        briefings.flush();
        revisions.record(AGGREGATE, id, "state " + to, why, BriefingSnapshot.of(briefing), caller.actor());
        return briefing;
    }

    /** The states this caller may move the briefing to now. */
    public List<BriefingState> allowedTransitions(Briefing briefing) {
        if (!isOffice()) {
            return List.of();
        }
        return briefing.state.next().stream()
                .filter(to -> to != BriefingState.held || !clock.instant().isBefore(briefing.startsAt))
                .sorted().toList();
    }

    private void checkContent(BriefingContent content) {
        List<Problem.FieldError> problems = contentProblems(content);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private List<Problem.FieldError> contentProblems(BriefingContent content) {
        return BriefingRules.contentProblems(content,
                partners.institutions(content.presentingPartners()).keySet(),
                existing(content.schemeIds(), schemes::get), existing(content.callIds(), calls::get));
    }

    /** The ids whose record exists (the lookup fails with 404 for the others). */
    private static List<UUID> existing(List<UUID> ids, Consumer<UUID> lookup) {
        List<UUID> found = new ArrayList<>();
        for (UUID id : ids) {
            try {
                lookup.accept(id);
                found.add(id);
            } catch (ProblemException e) {
                if (e.problem().status() != 404) {
                    throw e;
                }
            }
        }
        return found;
    }
}
