package edu.meridian.programmes.partner;

import edu.meridian.messaging.CloudEvent;
import edu.meridian.messaging.ProjectionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Applies partners' events to the projection (inside the inbox's transaction): each event carries its aggregate's
 * full state, and the newest version wins ({@link ProjectionRules}). An agreement that has just ended is announced
 * as {@link AgreementEnded}, so that open calls for it are flagged.
 */
@ApplicationScoped
public class PartnerProjection {

    static final String AGREEMENT_DELETED = "edu.meridian.partners.agreement.deleted";
    private static final String INSTITUTION_TYPES = "edu.meridian.partners.institution.";
    private static final String AGREEMENT_TYPES = "edu.meridian.partners.agreement.";

    private final PartnerInstitutionRepository institutions;
    private final PartnerAgreementRepository agreements;
    private final Event<AgreementEnded> ended;
    private final Clock clock;

    PartnerProjection(PartnerInstitutionRepository institutions, PartnerAgreementRepository agreements,
            Event<AgreementEnded> ended, Clock clock) {
        this.institutions = institutions;
        this.agreements = agreements;
        this.ended = ended;
        this.clock = clock;
    }

    /** An event of {@code partners.institutions}; types of other aggregates are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyInstitution(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith(INSTITUTION_TYPES)) {
            return;
        }
        InstitutionData data = event.data(InstitutionData.class);
        PartnerInstitution held = institutions.findById(data.institutionId());
        if (!ProjectionRules.replaces(held == null ? null : held.version, data.version(), false)) {
            return;
        }
        PartnerInstitution institution = held == null ? new PartnerInstitution() : held;
        institution.id = data.institutionId();
        institution.apply(data, clock.instant());
        if (held == null) {
            institutions.persist(institution);
        }
    }

    /** An event of {@code partners.agreements}; types of other aggregates are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAgreement(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith(AGREEMENT_TYPES)) {
            return;
        }
        boolean deletion = AGREEMENT_DELETED.equals(event.type());
        AgreementData data = event.data(AgreementData.class);
        PartnerAgreement held = agreements.findById(data.agreementId());
        if (!ProjectionRules.replaces(held == null ? null : held.version, data.version(), deletion)) {
            return;
        }
        boolean endedBefore = held != null && AgreementStates.ended(held.state);
        PartnerAgreement agreement = held == null ? new PartnerAgreement() : held;
        agreement.id = data.agreementId();
        agreement.apply(data, deletion, clock.instant());
        if (held == null) {
            agreements.persist(agreement);
        }
        agreements.flush();
        if (!endedBefore && AgreementStates.ended(agreement.state)) {
            ended.fire(new AgreementEnded(agreement.id, agreement.state));
        }
    }
}
