package edu.meridian.programmes.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerAgreementRepository implements PanacheRepositoryBase<PartnerAgreement, UUID> {

    /** The agreements (not deleted) that name any of these institutions as a partner. */
    List<PartnerAgreement> ofPartners(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return list("select distinct a from PartnerAgreement a join a.partnerIds partner"
                + " where partner in ?1 and a.deleted = false order by a.expiryDate, a.id", List.copyOf(institutionIds));
    }

    public Map<UUID, PartnerAgreement> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(agreement -> agreement.id, Function.identity()));
    }
}
