package edu.meridian.programmes.call;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /** A page of calls matching the filter, and the total count. */
    Page<Call> search(CallFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Call c where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(c.titleEn) like :q escape '\\' or lower(c.titleZh) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.schemeId() != null) {
            query.append(" and c.schemeId = :scheme");
            parameters.put("scheme", filter.schemeId());
        }
        if (filter.state() != null) {
            query.append(" and c.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.publishedOnly()) {
            query.append(" and c.state <> :draft");
            parameters.put("draft", CallState.draft);
        }
        if (filter.academicYear() != null) {
            query.append(" and c.academicYear = :year");
            parameters.put("year", filter.academicYear());
        }
        if (filter.partner() != null) {
            query.append(" and exists (select 1 from Call other join other.destinations listed"
                    + " where other.id = c.id and listed.institutionId = :partner)");
            parameters.put("partner", filter.partner());
        }
        if (filter.flagged() != null) {
            query.append(filter.flagged() ? " and cast(c.flags as string) <> '[]'" : " and cast(c.flags as string) = '[]'");
        }
        query.append(Sort.parse(filter.sort() == null ? "-opensOn" : filter.sort(), CallFilter.SORTS).orderBy("c.id"));
        PanacheQuery<Call> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** The calls in this state with a destination under this agreement. */
    List<Call> withAgreement(UUID agreementId, CallState state) {
        return list("select distinct c from Call c join c.destinations destination"
                + " where destination.agreementId = ?1 and c.state = ?2", agreementId, state);
    }
}
