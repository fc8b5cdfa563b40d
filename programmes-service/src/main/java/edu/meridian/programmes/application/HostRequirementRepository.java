package edu.meridian.programmes.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HostRequirementRepository implements PanacheRepositoryBase<HostRequirement, HostRequirement.Key> {

    /** What the host asked for, in the order the office recorded it. */
    List<HostRequirement> ofApplication(UUID applicationId) {
        return list("key.applicationId = ?1 order by requestedAt, key.code", applicationId);
    }
}
