package edu.meridian.programmes.scheme;

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
public class SchemeRepository implements PanacheRepositoryBase<Scheme, UUID> {

    /** A page of schemes matching the filter, and the total count. */
    Page<Scheme> search(SchemeFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Scheme s where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(s.titleEn) like :q escape '\\' or lower(s.titleZh) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.kind() != null) {
            query.append(" and s.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.partner() != null) {
            query.append(" and exists (select 1 from Scheme other join other.destinations listed"
                    + " where other.id = s.id and listed.institutionId = :partner)");
            parameters.put("partner", filter.partner());
        }
        query.append(Sort.parse(filter.sort() == null ? "title" : filter.sort(), SchemeFilter.SORTS).orderBy("s.id"));
        PanacheQuery<Scheme> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
