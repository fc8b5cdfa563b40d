package edu.meridian.partners.agreement;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.web.Caller;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Renewing an agreement: the office drafts a successor with the same content and the dates moved on; when the
 * successor becomes active, its predecessor is renewed.
 */
@ApplicationScoped
class AgreementRenewal {

    private final AgreementRepository agreements;
    private final ReferenceCodes referenceCodes;
    private final Revisions revisions;
    private final AgreementEvents events;
    private final AgreementPolicy policy;
    private final Caller caller;
    private final Clock clock;
    private final Today today;

    AgreementRenewal(AgreementRepository agreements, ReferenceCodes referenceCodes, Revisions revisions,
            AgreementEvents events, AgreementPolicy policy, Caller caller, Clock clock, Today today) {
        this.agreements = agreements;
        this.referenceCodes = referenceCodes;
        this.revisions = revisions;
        this.events = events;
        this.policy = policy;
        this.caller = caller;
        this.clock = clock;
        this.today = today;
    }

    /** Drafts the renewal: a successor linked to the agreement, its dates moved on by its duration. One open renewal at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    Agreement renew(UUID id) {
        Agreement predecessor = agreements.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Agreement", id));
        if (!policy.mayRenew(predecessor)) {
            if (!policy.isOffice()) {
                throw ProblemException.forbidden("Only the international office renews agreements");
            }
            throw ProblemException.conflict("not-renewable", "Agreement cannot be renewed",
                    "An agreement that is " + predecessor.state + " cannot be renewed; only signed, active, expiring or "
                            + "expired ones can", Map.of());
        }
        Optional<Agreement> open = agreements.openSuccessorOf(id);
        if (open.isPresent()) {
            throw ProblemException.conflict("open-renewal", "Renewal exists",
                    "This agreement already has a renewal in progress: " + open.get().referenceCode,
                    Map.of("successorId", open.get().id));
        }
        Agreement successor = new Agreement();
        successor.id = UUID.randomUUID();
        successor.state = AgreementState.draft;
        successor.predecessorId = predecessor.id;
        successor.created(caller.username(), clock.instant());
        successor.referenceCode = referenceCodes.next(today.date());
        successor.kind = predecessor.kind;
        successor.titleZh = predecessor.titleZh;
        successor.titleEn = predecessor.titleEn;
        successor.signingUnit = predecessor.signingUnit;
        successor.owner = predecessor.owner;
        successor.partnerIds = new ArrayList<>(predecessor.partnerIds);
        successor.autoRenewal = predecessor.autoRenewal;
        successor.renewalPeriodMonths = predecessor.renewalPeriodMonths;
        successor.noticePeriodDays = predecessor.noticePeriodDays;
        successor.obligations = new ArrayList<>(predecessor.obligations);
        successor.notes = predecessor.notes;
        AgreementRules.Term term = AgreementRules.Term.after(predecessor.effectiveDate, predecessor.expiryDate);
        successor.effectiveDate = term.effectiveDate();
        successor.expiryDate = term.expiryDate();
        successor.conditions = new ArrayList<>(predecessor.conditions.stream()
                .map(condition -> AgreementRules.shifted(condition, term.years())).toList());
        // Signatures belong to the old signing: the renewal is signed anew.
        successor.signatories = new ArrayList<>();
        successor.changed(caller.username(), clock.instant());
        agreements.persist(successor);
        referenceCodes.flush();
        record(successor, "drafted as renewal");
        events.drafted(successor);
        return successor;
    }

    /** The successor became active: its predecessor, if still in force, is now renewed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void succeeded(Agreement successor) {
        Agreement predecessor = agreements.findById(successor.predecessorId, LockModeType.PESSIMISTIC_WRITE);
        if (predecessor == null || !predecessor.state.inForce()) {
            return;
        }
        AgreementState from = predecessor.state;
        predecessor.state = AgreementState.renewed;
        predecessor.changed(caller.username(), clock.instant());
        referenceCodes.flush();
        record(predecessor, "renewed");
        events.renewed(predecessor, from, successor.id);
    }

    private void record(Agreement agreement, String action) {
        revisions.record(AgreementService.AGGREGATE, agreement.id, action, AgreementSnapshot.of(agreement),
                caller.actor());
    }
}
