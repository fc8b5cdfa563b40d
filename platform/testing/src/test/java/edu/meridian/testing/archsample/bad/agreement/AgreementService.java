package edu.meridian.testing.archsample.bad.agreement;

import edu.meridian.testing.archsample.bad.institution.InstitutionService;
import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** Wrong: throws a JAX-RS exception, answers with an HTTP record, and takes part in a cycle with institution. */
public class AgreementService {

    private final AgreementRepository agreements;
    private final InstitutionService institutions;

    AgreementService(AgreementRepository agreements, InstitutionService institutions) {
        this.agreements = agreements;
        this.institutions = institutions;
    }

    public AgreementResponse find(UUID id) {
        Agreement agreement = agreements.findByIdOptional(id).orElseThrow(NotFoundException::new);
        return new AgreementResponse(agreement.id);
    }

    public boolean partnerIsActive(UUID partnerId) {
        return institutions.isActive(partnerId);
    }
}
