package edu.meridian.testing.archsample.bad.institution;

import edu.meridian.testing.archsample.bad.agreement.AgreementService;

import java.util.UUID;

/** Wrong: institution and agreement depend on each other. */
public class InstitutionService {

    private final AgreementService agreements;

    InstitutionService(AgreementService agreements) {
        this.agreements = agreements;
    }

    public boolean isActive(UUID id) {
        return agreements != null;
    }
}
