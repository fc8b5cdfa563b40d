package edu.meridian.partners.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActivityMobilityRepository implements PanacheRepositoryBase<ActivityMobility, UUID> {

    List<ActivityMobility> ofInstitutions(Collection<UUID> institutionIds) {
        return institutionIds.isEmpty() ? List.of() : list("institutionId in ?1", institutionIds);
    }
}
