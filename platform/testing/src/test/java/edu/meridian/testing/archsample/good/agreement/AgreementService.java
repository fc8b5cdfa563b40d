package edu.meridian.testing.archsample.good.agreement;

import edu.meridian.testing.archsample.good.institution.InstitutionService;

import java.util.Optional;
import java.util.UUID;

public class AgreementService {

    private final AgreementRepository agreements;
    private final InstitutionService institutions;

    AgreementService(AgreementRepository agreements, InstitutionService institutions) {
        this.agreements = agreements;
        this.institutions = institutions;
    }

    public Optional<Agreement> find(UUID id) {
        return agreements.findByIdOptional(id);
    }

    public Agreement draft(String title, UUID partnerId) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.title = title;
        agreement.partner = institutions.find(partnerId);
        agreements.persist(agreement);
        return agreement;
    }
}
