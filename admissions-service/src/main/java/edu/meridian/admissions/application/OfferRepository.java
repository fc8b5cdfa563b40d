package edu.meridian.admissions.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    List<Offer> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by priority", applicationId);
    }

    Map<UUID, List<Offer>> ofApplications(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return list("applicationId in ?1 order by priority", applicationIds).stream()
                .collect(Collectors.groupingBy(offer -> offer.applicationId));
    }

    long acceptedIn(UUID intakeId) {
        return count("intakeId = ?1 and state = ?2", intakeId, OfferState.accepted);
    }
}
