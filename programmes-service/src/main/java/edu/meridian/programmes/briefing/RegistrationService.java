package edu.meridian.programmes.briefing;

import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registrations for briefings ({@link BriefingRules}): a person registers themselves, the office anyone. The briefing
 * row is locked while its places are counted, so concurrent registrations never exceed its capacity. A student or
 * teacher sees only their own registrations; the others' are not there for them (404).
 */
@ApplicationScoped
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final BriefingRepository briefings;
    private final BriefingService briefingService;
    private final Caller caller;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, BriefingRepository briefings,
            BriefingService briefingService, Caller caller, Clock clock) {
        this.registrations = registrations;
        this.briefings = briefings;
        this.briefingService = briefingService;
        this.caller = caller;
        this.clock = clock;
    }

    /** Registers {@code person} (null: the caller); only the office registers someone else. */
    @Transactional
    public Registration register(UUID briefingId, String person) {
        String who = person == null ? caller.username() : person;
        boolean office = briefingService.isOffice();
        if (!office && !who.equals(caller.username())) {
            throw ProblemException.forbidden("You can register only yourself");
        }
        briefings.lockForRegistration(briefingId);
        Briefing briefing = briefingService.get(briefingId);
        if (registrations.active(briefingId, who).isPresent()) {
            throw ProblemException.conflict("already-registered", "Already registered",
                    office ? "This person is already registered for the briefing"
                            : "You are already registered for the briefing", Map.of());
        }
        BriefingRules.registrationRefusal(briefing, registrations.placesTaken(briefingId), office, clock.instant())
                .ifPresent(refusal -> {
                    throw refusal;
                });
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.briefingId = briefingId;
        registration.person = who;
        registration.state = RegistrationState.registered;
        registration.selfRegistered = who.equals(caller.username());
        registration.created(caller.username(), clock.instant());
        registrations.persist(registration);
        registrations.flush();
        return registration;
    }

    /** The registration, for the office or the person registered. */
    public Registration get(UUID briefingId, UUID id) {
        briefingService.get(briefingId);
        return registrations.of(briefingId, id)
                .filter(registration -> briefingService.isOffice() || registration.person.equals(caller.username()))
                .orElseThrow(() -> ProblemException.notFound("Registration", id));
    }

    /** A briefing's registrations: the office's list. */
    public Page<Registration> ofBriefing(UUID briefingId, RegistrationState state, String q, int page, int size) {
        briefingService.get(briefingId);
        return registrations.ofBriefing(briefingId, state, q, page, size);
    }

    /** One page of a briefing's registrations for an export, whose access was checked when it began. */
    public List<Registration> exportPage(UUID briefingId, int page, int size) {
        return registrations.ofBriefing(briefingId, null, null, page, size).items();
    }

    public List<Registration> mine() {
        return registrations.ofPerson(caller.username());
    }

    @Transactional
    public Registration transition(UUID briefingId, UUID id, String ifMatch, RegistrationState to) {
        Registration registration = get(briefingId, id);
        ETags.require(ifMatch, registration.version);
        Briefing briefing = briefingService.get(briefingId);
        List<RegistrationState> allowed = allowedTransitions(registration, briefing);
        if (!allowed.contains(to)) {
            throw ProblemException.illegalTransition("A registration", registration.state, to, allowed);
        }
        registration.state = to;
        registration.changed(caller.username(), clock.instant());
        registrations.flush();
        return registration;
    }

    public List<RegistrationState> allowedTransitions(Registration registration, Briefing briefing) {
        return BriefingRules.allowedTransitions(registration, briefing, briefingService.isOffice(),
                registration.person.equals(caller.username()), clock.instant());
    }
}
