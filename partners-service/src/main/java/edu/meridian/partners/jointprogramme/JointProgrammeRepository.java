package edu.meridian.partners.jointprogramme;

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
public class JointProgrammeRepository implements PanacheRepositoryBase<JointProgramme, UUID> {

    /** A page of joint programmes matching the filter, and the total count. */
    Page<JointProgramme> search(JointProgrammeFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from JointProgramme p where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(p.nameEn) like :q escape '\\' or lower(p.nameZh) like :q escape '\\'"
                    + " or lower(p.chinesePartnerEn) like :q escape '\\' or lower(p.chinesePartnerZh) like :q escape '\\'"
                    + " or lower(p.certificateNumber) like :q escape '\\'"
                    + " or exists (select 1 from Institution i where i.id = p.foreignPartnerId"
                    + " and (lower(i.nameEn) like :q escape '\\' or lower(i.nameZh) like :q escape '\\'"
                    + " or lower(i.abbreviation) like :q escape '\\')))");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.foreignPartner() != null) {
            query.append(" and p.foreignPartnerId = :partner");
            parameters.put("partner", filter.foreignPartner());
        }
        if (filter.level() != null) {
            query.append(" and p.level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.status() != null) {
            query.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        query.append(Sort.parse(filter.sort() == null ? "name" : filter.sort(), JointProgrammeFilter.SORTS)
                .orderBy("p.id"));
        PanacheQuery<JointProgramme> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
