package edu.meridian.programmes.partner;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerInstitutionRepository implements PanacheRepositoryBase<PartnerInstitution, UUID> {

    Page<PartnerInstitution> search(String q, String country, int page, int size) {
        StringBuilder query = new StringBuilder("from PartnerInstitution i where true");
        Map<String, Object> parameters = new HashMap<>();
        if (q != null && !q.isBlank()) {
            query.append(" and (lower(i.nameEn) like :q escape '\\' or lower(i.nameZh) like :q escape '\\'"
                    + " or lower(i.abbreviation) like :q escape '\\')");
            parameters.put("q", Searches.containing(q));
        }
        if (country != null) {
            query.append(" and i.country = :country");
            parameters.put("country", country);
        }
        query.append(" order by lower(i.nameEn), i.id");
        PanacheQuery<PartnerInstitution> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    public Map<UUID, PartnerInstitution> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(institution -> institution.id, Function.identity()));
    }
}
