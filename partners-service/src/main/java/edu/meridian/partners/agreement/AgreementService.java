package edu.meridian.partners.agreement;

import edu.meridian.partners.institution.Institution;
import edu.meridian.partners.institution.InstitutionRepository;
import edu.meridian.persistence.Revision;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.persistence.Today;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of agreements: who may draft and edit what (through {@link AgreementPolicy}), the lifecycle and what each
 * step requires, amendments, renewal, deletion, history and events. Every change and its event commit together.
 */
@ApplicationScoped
public class AgreementService {

    static final String AGGREGATE = "agreement";

    private final AgreementRepository agreements;
    private final AgreementDocumentRepository documents;
    private final InstitutionRepository institutions;
    private final Revisions revisions;
    private final AgreementEvents events;
    private final AgreementPolicy policy;
    private final ReferenceCodes referenceCodes;
    private final AgreementRenewal renewal;
    private final Caller caller;
    private final Clock clock;
    private final Today today;

    AgreementService(AgreementRepository agreements, AgreementDocumentRepository documents,
            InstitutionRepository institutions, Revisions revisions, AgreementEvents events, AgreementPolicy policy,
            ReferenceCodes referenceCodes, AgreementRenewal renewal, Caller caller, Clock clock, Today today) {
        this.agreements = agreements;
        this.documents = documents;
        this.institutions = institutions;
        this.revisions = revisions;
        this.events = events;
        this.policy = policy;
        this.referenceCodes = referenceCodes;
        this.renewal = renewal;
        this.caller = caller;
        this.clock = clock;
        this.today = today;
    }

    public Agreement get(UUID id) {
        return agreements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Agreement", id));
    }

    /** An agreement the caller may read (404 for one they may not: a draft of another unit, say). */
    public Agreement read(UUID id) {
        Agreement agreement = get(id);
        if (!policy.mayRead(agreement)) {
            throw ProblemException.notFound("Agreement", id);
        }
        return agreement;
    }

    /** What the caller reads of this agreement. */
    public Disclosure disclosure(Agreement agreement) {
        return policy.disclosure(agreement);
    }

    /** The version history of these records, as the versions endpoints serve it, with what the caller may read. */
    public Versions versions() {
        return revisions.disclosedVersions(AGGREGATE, id -> policy.disclosure(read(id)));
    }

    /** Today as a calendar date in the university's time zone. */
    public LocalDate today() {
        return today.date();
    }

    /** The agreements the caller may read that match the filter; by owner only if they may read owners, or their own. */
    public Page<Agreement> search(AgreementFilter filter, int page, int size) {
        if (filter.owner() != null && !policy.isOffice() && !filter.owner().equals(caller.username())) {
            throw ProblemException.forbidden("Only the international office lists the agreements of another owner");
        }
        return agreements.search(filter, policy.readable(), today(), page, size);
    }

    /** The partner institutions of these agreements, by id, for showing their names. */
    public Map<UUID, Institution> partnersOf(Collection<Agreement> listed) {
        Set<UUID> ids = listed.stream().flatMap(agreement -> agreement.partnerIds.stream()).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : institutions.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(institution -> institution.id, Function.identity()));
    }

    /**
     * The agreements with any of these institutions that are or were in force (active, expiring, expired, renewed or
     * terminated), whatever the caller may read: for counting activity against them, never shown.
     */
    public List<Agreement> everInForceWith(Collection<UUID> institutionIds) {
        return institutionIds.isEmpty() ? List.of() : agreements.everInForceWith(institutionIds);
    }

    /** Whether the caller may read this agreement (a college liaison: their unit's). */
    public boolean mayRead(Agreement agreement) {
        return policy.mayRead(agreement);
    }

    /** Every institution that is or was a partner of an agreement in force. */
    public List<UUID> institutionsEverInForce() {
        return agreements.partnersEverInForce();
    }

    /** The renewal of this agreement, if it was renewed (the open renewal if there is one). */
    public Optional<UUID> successorIdOf(UUID id) {
        return agreements.successorOf(id).map(successor -> successor.id);
    }

    /** The states this caller may move the agreement to now. */
    public List<AgreementState> allowedTransitions(Agreement agreement) {
        return policy.allowedTransitions(agreement);
    }

    /** What else this caller may do with the agreement now, for the SPA's buttons: edit, delete, renew, addDocuments. */
    public List<String> allowedActions(Agreement agreement) {
        List<String> actions = new ArrayList<>();
        if (policy.mayEdit(agreement)) {
            actions.add("edit");
        }
        if (policy.mayDelete(agreement) && documents.countOf(agreement.id) == 0) {
            actions.add("delete");
        }
        if (policy.mayRenew(agreement) && agreements.openSuccessorOf(agreement.id).isEmpty()) {
            actions.add("renew");
        }
        if (policy.mayAddDocuments(agreement)) {
            actions.add("addDocuments");
        }
        return actions;
    }

    /** Drafts a new agreement. A liaison's draft belongs to their unit; the owner is the creator unless the office says otherwise. */
    @Transactional
    public Agreement create(AgreementContent content) {
        if (!policy.mayDraft()) {
            throw ProblemException.forbidden("Drafting agreements needs an office role, or a college-liaison role with a home unit");
        }
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.state = AgreementState.draft;
        agreement.created(caller.username(), clock.instant());
        agreement.signingUnit = signingUnitFor(content.signingUnit(), null);
        agreement.owner = ownerFor(content.owner(), null);
        apply(content, agreement);
        agreement.referenceCode = content.referenceCode() != null ? referenceCodes.available(content.referenceCode(), null)
                : referenceCodes.next(today());
        agreement.changed(caller.username(), clock.instant());
        agreements.persist(agreement);
        referenceCodes.flush();
        record(agreement, "drafted", null);
        events.drafted(agreement);
        return agreement;
    }

    /**
     * Edits an agreement: a draft freely (by the office or its unit's liaison); an agreement in force by the office
     * as an amendment (a new version and an {@code amended} event, the state unchanged); nothing else.
     */
    @Transactional
    public Agreement update(UUID id, String ifMatch, AgreementContent content) {
        Agreement agreement = get(id);
        ETags.require(ifMatch, agreement.version);
        boolean amendment = agreement.state.inForce();
        if (agreement.state != AgreementState.draft && !amendment) {
            throw ProblemException.conflict("not-editable", "Agreement cannot be edited",
                    "An agreement that is " + agreement.state + " cannot be edited; only drafts are edited, and agreements "
                            + "in force are amended", Map.of("allowedTransitions", allowedTransitions(agreement)));
        }
        if (!policy.mayEdit(agreement)) {
            throw ProblemException.forbidden(amendment ? "Only the international office amends agreements in force"
                    : "Only the office or the liaison of unit " + agreement.signingUnit + " edits this draft");
        }
        agreement.signingUnit = signingUnitFor(content.signingUnit(), agreement);
        agreement.owner = ownerFor(content.owner(), agreement);
        LocalDate previousExpiry = agreement.expiryDate;
        apply(content, agreement);
        if (content.referenceCode() != null && !content.referenceCode().equals(agreement.referenceCode)) {
            agreement.referenceCode = referenceCodes.available(content.referenceCode(), agreement.id);
        }
        if (amendment) {
            List<Problem.FieldError> missing = AgreementRules.requirementsOf(agreement, agreement.state);
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        }
        if (!Objects.equals(previousExpiry, agreement.expiryDate)) {
            agreement.lastAlertDays = null;
        }
        agreement.changed(caller.username(), clock.instant());
        referenceCodes.flush();
        Revision revision = record(agreement, amendment ? "amended" : "updated", null);
        List<String> publicChanges = revision.changedFields.stream().filter(field -> !field.equals("owner")).toList();
        if (amendment && !publicChanges.isEmpty()) {
            events.amended(agreement, publicChanges);
        }
        return agreement;
    }

    /** Moves the agreement along its lifecycle, if the state machine, the caller's role and the record allow it. */
    @Transactional
    public Agreement transition(UUID id, String ifMatch, AgreementState to, String reason) {
        Agreement agreement = get(id);
        ETags.require(ifMatch, agreement.version);
        AgreementState from = agreement.state;
        if (!from.byPeople().contains(to)) {
            throw ProblemException.illegalTransition("An agreement", from, to, allowedTransitions(agreement));
        }
        if (!policy.mayTransition(agreement, to)) {
            throw ProblemException.forbidden("Your roles do not allow moving this agreement from " + from + " to " + to);
        }
        String why = Strings.blankToNull(reason);
        if (why == null && to == AgreementState.draft) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED,
                    "is required when sending an agreement back: say what to change");
        }
        if (why == null && to == AgreementState.terminated) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to terminate an agreement");
        }
        List<Problem.FieldError> missing = AgreementRules.requirementsOf(agreement, to);
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem(Problem.type("agreement-incomplete"), "Agreement incomplete", 409,
                    "The agreement cannot become " + to + " until these fields are complete", missing, Map.of()));
        }
        agreement.state = to;
        switch (to) {
            case draft -> agreement.reviewComment = why;
            case approved -> agreement.reviewComment = null;
            case terminated -> agreement.terminationReason = why;
            default -> {
            }
        }
        agreement.changed(caller.username(), clock.instant());
        referenceCodes.flush();
        record(agreement, AgreementRules.actionOf(to), why);
        events.transitioned(agreement, from, why);
        if (to == AgreementState.active && agreement.predecessorId != null) {
            renewal.succeeded(agreement);
        }
        return agreement;
    }

    /**
     * Deletes an agreement that was never signed (a signed one can only be terminated); an approved one only by the
     * office's administrators, who approved it. Needs the current ETag like every other change. An agreement with
     * documents is not deleted (409 {@code has-documents}): documents are a record that is kept. The agreement is
     * locked, as uploads lock it, so no document arrives between the check and the delete.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Agreement agreement = agreements.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agreement", id));
        if (!agreement.state.deletable()) {
            throw ProblemException.conflict("not-deletable", "Agreement cannot be deleted",
                    "An agreement cannot be deleted once signed, only terminated; this one is " + agreement.state,
                    Map.of("allowedTransitions", allowedTransitions(agreement)));
        }
        if (!policy.mayDelete(agreement)) {
            throw ProblemException.forbidden(agreement.state == AgreementState.approved
                    ? "Only the office's administrators delete an approved agreement"
                    : "Your roles do not allow deleting this agreement");
        }
        ETags.require(ifMatch, agreement.version);
        long documentCount = documents.countOf(agreement.id);
        if (documentCount > 0) {
            throw ProblemException.conflict("has-documents", "Agreement has documents",
                    "An agreement with documents is never deleted, so that no document is lost with it; this one has "
                            + documentCount + (documentCount == 1 ? " document" : " documents")
                            + ": remove the documents first",
                    Map.of("documents", documentCount));
        }
        record(agreement, "deleted", null);
        events.deleted(agreement);
        agreements.delete(agreement);
        referenceCodes.flush();
    }

    /** Drafts the renewal of an agreement (see {@link AgreementRenewal}). */
    @Transactional
    public Agreement renew(UUID id) {
        return renewal.renew(id);
    }

    /** Copies what a person writes onto the agreement, after the checks field syntax cannot make. */
    private void apply(AgreementContent content, Agreement agreement) {
        List<UUID> partners = content.partnerIds();
        Set<UUID> known = partners.isEmpty() ? Set.of() : institutions.list("id in ?1", new HashSet<>(partners)).stream()
                .map(institution -> institution.id).collect(Collectors.toSet());
        List<Problem.FieldError> errors = AgreementRules.errorsIn(content, known, today());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        agreement.kind = content.kind();
        agreement.titleZh = content.titleZh();
        agreement.titleEn = content.titleEn();
        if (!agreement.partnerIds.equals(partners)) {
            // A new list: Hibernate deletes the old rows before inserting, so reordering never collides.
            agreement.partnerIds = new ArrayList<>(partners);
        }
        agreement.effectiveDate = content.effectiveDate();
        agreement.expiryDate = content.expiryDate();
        agreement.autoRenewal = content.autoRenewal();
        agreement.renewalPeriodMonths = content.renewalPeriodMonths();
        agreement.noticePeriodDays = content.noticePeriodDays();
        agreement.signatories = new ArrayList<>(AgreementRules.signatoriesOf(content));
        agreement.obligations = new ArrayList<>(content.obligations());
        agreement.conditions = new ArrayList<>(content.conditions());
        agreement.notes = content.notes();
    }

    /** A liaison's agreements belong to the unit in their token, whatever they send; the office names the unit. */
    private String signingUnitFor(String requested, Agreement existing) {
        if (policy.isOffice()) {
            String unit = requested != null ? requested
                    : existing != null ? existing.signingUnit : caller.unit().orElse(null);
            if (unit == null) {
                throw ProblemException.invalid("signingUnit", FieldErrorCode.REQUIRED, "is required");
            }
            return unit;
        }
        String own = caller.unit().orElseThrow(() -> ProblemException.forbidden("A college liaison needs a home unit"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("A college liaison drafts agreements of their own unit (" + own
                    + ") only; signingUnit " + requested + " is not yours to set");
        }
        return own;
    }

    /** The owner is the creator (or stays who it was) unless the office names someone else. */
    private String ownerFor(String requested, Agreement existing) {
        String current = existing != null ? existing.owner : caller.username();
        if (requested == null || requested.equals(current)) {
            return current;
        }
        if (!policy.isOffice()) {
            throw ProblemException.forbidden("Only the international office may make someone else the owner of an agreement");
        }
        return requested;
    }

    private Revision record(Agreement agreement, String action, String reason) {
        return revisions.record(AGGREGATE, agreement.id, action, reason, AgreementSnapshot.of(agreement), caller.actor());
    }
}
