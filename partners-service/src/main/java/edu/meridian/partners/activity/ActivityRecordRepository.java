package edu.meridian.partners.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActivityRecordRepository implements PanacheRepositoryBase<ActivityRecord, UUID> {

    List<ActivityRecord> naming(Collection<UUID> institutionIds) {
        return institutionIds.isEmpty() ? List.of()
                : find("select distinct r from ActivityRecord r join r.institutionIds i where i in ?1", institutionIds)
                        .list();
    }
}
