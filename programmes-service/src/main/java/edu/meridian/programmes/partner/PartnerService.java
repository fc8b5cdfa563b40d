package edu.meridian.programmes.partner;

import edu.meridian.web.Page;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of the partners projection, for people choosing destinations and for the rules of schemes and calls. */
@ApplicationScoped
public class PartnerService {

    private final PartnerInstitutionRepository institutions;
    private final PartnerAgreementRepository agreements;

    PartnerService(PartnerInstitutionRepository institutions, PartnerAgreementRepository agreements) {
        this.institutions = institutions;
        this.agreements = agreements;
    }

    public Page<PartnerInstitution> search(String q, String country, int page, int size) {
        return institutions.search(q, country, page, size);
    }

    public PartnerInstitution get(UUID id) {
        return institutions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Partner institution", id));
    }

    public Optional<PartnerInstitution> institution(UUID id) {
        return institutions.findByIdOptional(id);
    }

    /** The agreement, unless partners-service deleted it. */
    public Optional<PartnerAgreement> agreement(UUID id) {
        return agreements.findByIdOptional(id).filter(agreement -> !agreement.deleted);
    }

    public Map<UUID, PartnerInstitution> institutions(Collection<UUID> ids) {
        return institutions.byIds(ids);
    }

    public Map<UUID, PartnerAgreement> agreements(Collection<UUID> ids) {
        return agreements.byIds(ids);
    }

    /** Per institution, the agreements that name it as a partner (soonest expiry first). */
    public Map<UUID, List<PartnerAgreement>> agreementsOf(Collection<UUID> institutionIds) {
        Map<UUID, List<PartnerAgreement>> byInstitution = new LinkedHashMap<>();
        institutionIds.forEach(id -> byInstitution.put(id, new java.util.ArrayList<>()));
        for (PartnerAgreement agreement : agreements.ofPartners(institutionIds)) {
            agreement.partnerIds.stream().filter(byInstitution::containsKey)
                    .forEach(id -> byInstitution.get(id).add(agreement));
        }
        return byInstitution;
    }
}
