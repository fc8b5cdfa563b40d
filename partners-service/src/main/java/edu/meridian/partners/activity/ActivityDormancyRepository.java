package edu.meridian.partners.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActivityDormancyRepository implements PanacheRepositoryBase<ActivityDormancy, UUID> {

    List<UUID> dormantIds() {
        return find("select d.institutionId from ActivityDormancy d where d.dormant = true").project(UUID.class).list();
    }
}
