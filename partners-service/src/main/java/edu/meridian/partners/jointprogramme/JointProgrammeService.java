package edu.meridian.partners.jointprogramme;

import edu.meridian.partners.institution.Institution;
import edu.meridian.partners.institution.InstitutionRepository;
import edu.meridian.partners.institution.References;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of joint programmes: the foreign partner is a known institution; the approval is complete once a programme
 * is approved; the status moves only along {@link JointProgrammeStatus#next()}; every change is kept as a revision.
 */
@ApplicationScoped
public class JointProgrammeService {

    public static final String AGGREGATE = "joint-programme";

    private final JointProgrammeRepository programmes;
    private final InstitutionRepository institutions;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;

    JointProgrammeService(JointProgrammeRepository programmes, InstitutionRepository institutions, Revisions revisions,
            Caller caller, Clock clock) {
        this.programmes = programmes;
        this.institutions = institutions;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    public JointProgramme get(UUID id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Joint programme", id));
    }

    /** The version history of these records, as the versions endpoints serve it. */
    public Versions versions() {
        return revisions.versions(AGGREGATE, this::get);
    }

    public Page<JointProgramme> search(JointProgrammeFilter filter, int page, int size) {
        return programmes.search(filter, page, size);
    }

    /** The foreign partners of these programmes, by id, for showing their names and countries. */
    public Map<UUID, Institution> partnersOf(List<JointProgramme> list) {
        return References.institutions(institutions, list.stream().map(programme -> programme.foreignPartnerId).toList());
    }

    public Optional<Institution> partnerOf(JointProgramme programme) {
        return Optional.ofNullable(partnersOf(List.of(programme)).get(programme.foreignPartnerId));
    }

    /** Records a new programme as {@code planned}. */
    @Transactional
    public JointProgramme create(JointProgrammeContent content) {
        JointProgramme programme = new JointProgramme();
        programme.id = UUID.randomUUID();
        programme.status = JointProgrammeStatus.planned;
        programme.created(caller.username(), clock.instant());
        programme.apply(content);
        checkRules(programme);
        programme.changed(caller.username(), clock.instant());
        programmes.persist(programme);
        programmes.flush();
        revisions.record(AGGREGATE, programme.id, "created", JointProgrammeSnapshot.of(programme), caller.actor());
        return programme;
    }

    @Transactional
    public JointProgramme update(UUID id, String ifMatch, JointProgrammeContent content) {
        JointProgramme programme = get(id);
        ETags.require(ifMatch, programme.version);
        programme.apply(content);
        checkRules(programme);
        List<String> missing = missingApproval(programme);
        if (programme.status.needsApproval() && !missing.isEmpty()) {
            throw ProblemException.invalid(missing.stream()
                    .map(field -> new Problem.FieldError(field, FieldErrorCode.REQUIRED, "is required while the programme is " + programme.status))
                    .toList());
        }
        programme.changed(caller.username(), clock.instant());
        programmes.flush();
        revisions.record(AGGREGATE, id, "updated", JointProgrammeSnapshot.of(programme), caller.actor());
        return programme;
    }

    /**
     * Moves the programme to another status. Illegal moves are a 409 naming the allowed ones; approving needs the
     * approval certificate, its authority and validity; closing needs a reason.
     */
    @Transactional
    public JointProgramme changeStatus(UUID id, String ifMatch, JointProgrammeStatus to, String reason) {
        JointProgramme programme = get(id);
        ETags.require(ifMatch, programme.version);
        JointProgrammeStatus from = programme.status;
        if (!from.next().contains(to)) {
            throw ProblemException.illegalTransition("A joint programme", from, to, allowedTransitions(programme));
        }
        String why = Strings.blankToNull(reason);
        if (to == JointProgrammeStatus.closed && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to close a programme");
        }
        List<String> missing = missingApproval(programme);
        if (to.needsApproval() && !missing.isEmpty()) {
            throw ProblemException.conflict("approval-incomplete", "Approval incomplete",
                    "A programme becomes " + to + " only with its approval certificate number, issuing authority and "
                            + "validity; missing: " + String.join(", ", missing),
                    Map.of("missingFields", missing, "allowedTransitions", allowedTransitions(programme)));
        }
        programme.status = to;
        programme.changed(caller.username(), clock.instant());
        programmes.flush();
        revisions.record(AGGREGATE, id, "status " + to, why,
                JointProgrammeSnapshot.of(programme), caller.actor());
        return programme;
    }

    /** The statuses this caller may move the programme to now. */
    public List<JointProgrammeStatus> allowedTransitions(JointProgramme programme) {
        if (!caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF)) {
            return List.of();
        }
        return programme.status.next().stream().sorted().toList();
    }

    private void checkRules(JointProgramme programme) {
        if (programme.approvedFrom != null && programme.approvedTo != null
                && programme.approvedTo.isBefore(programme.approvedFrom)) {
            throw ProblemException.invalid("approvalValidity.to", FieldErrorCode.NOT_BEFORE,
                    "must not be before approvalValidity.from", Map.of("other", "approvalValidity.from"));
        }
        LinkedHashMap<String, UUID> references = new LinkedHashMap<>();
        references.put("foreignPartnerId", programme.foreignPartnerId);
        References.requireInstitutions(institutions, references);
    }

    /** The request fields of the approval that are still empty. */
    private static List<String> missingApproval(JointProgramme programme) {
        List<String> missing = new ArrayList<>();
        if (programme.certificateNumber == null) {
            missing.add("certificateNumber");
        }
        if (programme.issuingAuthority == null) {
            missing.add("issuingAuthority");
        }
        if (programme.approvedFrom == null) {
            missing.add("approvalValidity.from");
        }
        if (programme.approvedTo == null) {
            missing.add("approvalValidity.to");
        }
        return missing;
    }

}
