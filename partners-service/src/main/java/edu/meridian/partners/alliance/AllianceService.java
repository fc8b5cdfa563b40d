package edu.meridian.partners.alliance;

import edu.meridian.partners.institution.Institution;
import edu.meridian.partners.institution.InstitutionRepository;
import edu.meridian.partners.institution.References;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The rules of alliances: members must be known institutions, each listed once; every change is kept as a revision. */
@ApplicationScoped
public class AllianceService {

    public static final String AGGREGATE = "alliance";

    private final AllianceRepository alliances;
    private final InstitutionRepository institutions;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;

    AllianceService(AllianceRepository alliances, InstitutionRepository institutions, Revisions revisions,
            Caller caller, Clock clock) {
        this.alliances = alliances;
        this.institutions = institutions;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    public Alliance get(UUID id) {
        return alliances.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Alliance", id));
    }

    /** The version history of these records, as the versions endpoints serve it. */
    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<Alliance> search(AllianceFilter filter, int page, int size) {
        return alliances.search(filter, page, size);
    }

    /** The member institutions of an alliance, by id, for showing their names and countries. */
    public Map<UUID, Institution> membersOf(Alliance alliance) {
        return References.institutions(institutions, alliance.members.stream().map(member -> member.institutionId).toList());
    }

    @Transactional
    public Alliance create(AllianceContent content) {
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        alliance.created(caller.username(), clock.instant());
        alliance.apply(content);
        checkRules(alliance);
        alliance.changed(caller.username(), clock.instant());
        alliances.persist(alliance);
        alliances.flush();
        revisions.record(AGGREGATE, alliance.id, "created", AllianceSnapshot.of(alliance), caller.actor());
        return alliance;
    }

    @Transactional
    public Alliance update(UUID id, String ifMatch, AllianceContent content) {
        Alliance alliance = get(id);
        ETags.require(ifMatch, alliance.version);
        alliance.apply(content);
        checkRules(alliance);
        alliance.changed(caller.username(), clock.instant());
        alliances.flush();
        revisions.record(AGGREGATE, id, "updated", AllianceSnapshot.of(alliance), caller.actor());
        return alliance;
    }

    /** Deletes the alliance; its history stays, ending with a "deleted" revision. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Alliance alliance = get(id);
        ETags.require(ifMatch, alliance.version);
        revisions.record(AGGREGATE, id, "deleted", AllianceSnapshot.of(alliance), caller.actor());
        alliances.delete(alliance);
        alliances.flush();
    }

    private void checkRules(Alliance alliance) {
        LinkedHashMap<String, UUID> references = new LinkedHashMap<>();
        for (int i = 0; i < alliance.members.size(); i++) {
            references.put("members[" + i + "].institutionId", alliance.members.get(i).institutionId);
        }
        References.requireInstitutions(institutions, references);
    }

}
