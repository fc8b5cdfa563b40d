package edu.meridian.partners.alliance;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, UUID> {

    /** A page of alliances matching the filter, and the total count. */
    Page<Alliance> search(AllianceFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Alliance a where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(a.nameEn) like :q escape '\\' or lower(a.nameZh) like :q escape '\\'"
                    + " or lower(a.abbreviation) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.member() != null) {
            query.append(" and exists (select 1 from Alliance other join other.members listed"
                    + " where other.id = a.id and listed.institutionId = :member)");
            parameters.put("member", filter.member());
        }
        query.append(Sort.parse(filter.sort() == null ? "name" : filter.sort(), AllianceFilter.SORTS)
                .orderBy("a.id"));
        PanacheQuery<Alliance> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
