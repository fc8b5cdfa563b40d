package edu.meridian.partners.institution;

import edu.meridian.persistence.Revision;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.persistence.Today;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.Countries;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The rules of partner institutions: validation beyond field syntax, duplicates, status, history and events. */
@ApplicationScoped
public class InstitutionService {

    static final String AGGREGATE = "institution";

    private final InstitutionRepository institutions;
    private final Revisions revisions;
    private final InstitutionEvents events;
    private final Caller caller;
    private final Clock clock;
    private final Today today;
    private final InstitutionPolicy policy;

    InstitutionService(InstitutionRepository institutions, Revisions revisions, InstitutionEvents events, Caller caller,
            Clock clock, Today today, InstitutionPolicy policy) {
        this.policy = policy;
        this.institutions = institutions;
        this.revisions = revisions;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.today = today;
    }

    public Institution get(UUID id) {
        return institutions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Institution", id));
    }

    /** The version history of these records, as the versions endpoints serve it. */
    public Versions versions() {
        return revisions.disclosedVersions(AGGREGATE, id -> {
            get(id);
            return policy.disclosure();
        });
    }

    public AgreementStats statsOf(UUID id) {
        return institutions.statsOf(List.of(id)).getOrDefault(id, AgreementStats.NONE);
    }

    public Page<InstitutionRepository.Listed> search(InstitutionFilter filter, int page, int size) {
        policy.requireMayFilterByOwner(filter.owner());
        return institutions.search(filter, today.date(), page, size);
    }

    /**
     * Registers a new institution as {@code prospective}. A probable duplicate of an existing one is refused with 409
     * naming the duplicates, unless the caller confirms it is a different institution.
     */
    @Transactional
    public Institution register(InstitutionContent content, boolean confirmedNotDuplicate) {
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.status = InstitutionStatus.prospective;
        institution.created(caller.username(), clock.instant());
        return register(institution, content, confirmedNotDuplicate);
    }

    /** Registers with a given status (used by the import of an existing register). */
    @Transactional(Transactional.TxType.MANDATORY)
    Institution register(Institution institution, InstitutionContent content, boolean confirmedNotDuplicate) {
        institution.apply(content);
        institution.owner = institution.owner == null ? caller.username() : institution.owner;
        institution.changed(caller.username(), clock.instant());
        checkRules(institution, confirmedNotDuplicate);
        institutions.persist(institution);
        institutions.flush();
        revisions.record(AGGREGATE, institution.id, "registered", InstitutionSnapshot.of(institution), caller.actor());
        events.registered(institution);
        return institution;
    }

    @Transactional
    public Institution update(UUID id, String ifMatch, InstitutionContent content, boolean confirmedNotDuplicate) {
        Institution institution = get(id);
        ETags.require(ifMatch, institution.version);
        InstitutionSnapshot before = InstitutionSnapshot.of(institution);
        institution.apply(content);
        if (institution.owner == null) {
            institution.owner = before.owner();
        }
        boolean nameOrIdentifiersChanged = !Objects.equals(before.name().en(), institution.nameEn)
                || !Objects.equals(before.rorId(), institution.rorId)
                || !Objects.equals(before.schacCode(), institution.schacCode);
        checkRules(institution, confirmedNotDuplicate || !nameOrIdentifiersChanged);
        institution.changed(caller.username(), clock.instant());
        institutions.flush();
        Revision revision = revisions.record(AGGREGATE, id, "updated", InstitutionSnapshot.of(institution), caller.actor());
        List<String> publicChanges = revision.changedFields.stream().filter(field -> !field.equals("contacts")).toList();
        if (!publicChanges.isEmpty()) {
            events.updated(institution, publicChanges);
        }
        return institution;
    }

    @Transactional
    public Institution changeStatus(UUID id, String ifMatch, InstitutionStatus to, String reason) {
        Institution institution = get(id);
        ETags.require(ifMatch, institution.version);
        InstitutionStatus from = institution.status;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition("An institution", from, to, allowedTransitions(institution));
        }
        institution.status = to;
        institution.changed(caller.username(), clock.instant());
        institutions.flush();
        revisions.record(AGGREGATE, id, "status " + to, reason,
                InstitutionSnapshot.of(institution), caller.actor());
        events.statusChanged(institution, from);
        return institution;
    }

    /** Erases a contact person (personal data) from the institution. */
    @Transactional
    public Institution eraseContact(UUID id, UUID contactId) {
        Institution institution = get(id);
        boolean removed = institution.contacts.removeIf(contact -> contact.id().equals(contactId));
        if (!removed) {
            throw ProblemException.notFound("Contact", contactId);
        }
        institution.contacts = new ArrayList<>(institution.contacts);
        institution.changed(caller.username(), clock.instant());
        institutions.flush();
        revisions.record(AGGREGATE, id, "contact erased", InstitutionSnapshot.of(institution), caller.actor());
        return institution;
    }

    /** The statuses this caller may move the institution to now. */
    public List<InstitutionStatus> allowedTransitions(Institution institution) {
        if (!policy.isOffice()) {
            return List.of();
        }
        return institution.status.next().stream().sorted().toList();
    }

    /** What the caller reads of institutions. */
    public Disclosure disclosure() {
        return policy.disclosure();
    }

    private void checkRules(Institution institution, boolean confirmedNotDuplicate) {
        if (!Countries.exists(institution.country)) {
            throw ProblemException.invalid("country", FieldErrorCode.UNKNOWN_COUNTRY, "is not a country or region of the reference list");
        }
        institution.normalizedName = Institution.normalize(institution.nameEn);
        if (!confirmedNotDuplicate) {
            List<Institution> duplicates = institutions.probableDuplicatesOf(institution);
            if (!duplicates.isEmpty()) {
                throw ProblemException.conflict("probable-duplicate", "Probable duplicate",
                        "An institution with the same name, ROR id or SCHAC code exists; confirm to register it anyway",
                        Map.of("duplicates", duplicates.stream()
                                .map(duplicate -> Map.of("id", duplicate.id, "name",
                                        new Text(duplicate.nameZh, duplicate.nameEn)))
                                .toList()));
            }
        }
    }

}
