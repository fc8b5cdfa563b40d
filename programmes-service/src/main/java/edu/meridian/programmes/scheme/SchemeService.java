package edu.meridian.programmes.scheme;

import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.programmes.partner.PartnerService;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules of schemes: destinations from the partners projection ({@link SchemeRules}); every change kept as a revision. */
@ApplicationScoped
public class SchemeService {

    public static final String AGGREGATE = "scheme";

    private final SchemeRepository schemes;
    private final PartnerService partners;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;

    SchemeService(SchemeRepository schemes, PartnerService partners, Revisions revisions, Caller caller, Clock clock) {
        this.schemes = schemes;
        this.partners = partners;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    public Scheme get(UUID id) {
        return schemes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Scheme", id));
    }

    /** The version history of these records, as the versions endpoints serve it. */
    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<Scheme> search(SchemeFilter filter, int page, int size) {
        return schemes.search(filter, page, size);
    }

    /** The institutions of these schemes' destinations, by id, for showing names and countries. */
    public Map<UUID, PartnerInstitution> institutionsOf(Collection<Scheme> list) {
        return partners.institutions(list.stream().flatMap(scheme -> scheme.destinations.stream())
                .map(destination -> destination.institutionId).distinct().toList());
    }

    public Map<UUID, PartnerAgreement> agreementsOf(Collection<Scheme> list) {
        return partners.agreements(list.stream().flatMap(scheme -> scheme.destinations.stream())
                .map(destination -> destination.agreementId).distinct().toList());
    }

    @Transactional
    public Scheme create(SchemeContent content) {
        Scheme scheme = new Scheme();
        scheme.id = UUID.randomUUID();
        scheme.created(caller.username(), clock.instant());
        scheme.apply(content);
        checkRules(scheme);
        schemes.persist(scheme);
        schemes.flush();
        revisions.record(AGGREGATE, scheme.id, "created", SchemeSnapshot.of(scheme), caller.actor());
        return scheme;
    }

    @Transactional
    public Scheme update(UUID id, String ifMatch, SchemeContent content) {
        Scheme scheme = get(id);
        ETags.require(ifMatch, scheme.version);
        scheme.apply(content);
        checkRules(scheme);
        scheme.changed(caller.username(), clock.instant());
        schemes.flush();
        revisions.record(AGGREGATE, id, "updated", SchemeSnapshot.of(scheme), caller.actor());
        return scheme;
    }

    private void checkRules(Scheme scheme) {
        List<Problem.FieldError> problems = SchemeRules.destinationProblems(scheme.destinations,
                institutionsOf(List.of(scheme)), agreementsOf(List.of(scheme)));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
