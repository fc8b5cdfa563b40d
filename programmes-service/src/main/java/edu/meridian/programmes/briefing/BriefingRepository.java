package edu.meridian.programmes.briefing;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class BriefingRepository implements PanacheRepositoryBase<Briefing, UUID> {

    Page<Briefing> search(BriefingFilter filter, Instant now, int page, int size) {
        StringBuilder query = new StringBuilder("from Briefing b where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(b.titleEn) like :q escape '\\' or lower(b.titleZh) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.state() != null) {
            query.append(" and b.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.publishedOnly()) {
            query.append(" and b.state <> :planned");
            parameters.put("planned", BriefingState.planned);
        }
        if (filter.campus() != null) {
            query.append(" and b.campus = :campus");
            parameters.put("campus", filter.campus());
        }
        if (filter.format() != null) {
            query.append(" and b.format = :format");
            parameters.put("format", filter.format());
        }
        if (filter.partner() != null) {
            query.append(" and :partner member of b.presentingPartners");
            parameters.put("partner", filter.partner());
        }
        if (filter.upcoming()) {
            query.append(" and b.endsAt > :now");
            parameters.put("now", now);
        }
        query.append(Sort.parse(filter.sort() == null ? "-startsAt" : filter.sort(), BriefingFilter.SORTS).orderBy("b.id"));
        PanacheQuery<Briefing> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** Locks the briefing until the transaction ends: registrations for it are counted and made one at a time. */
    void lockForRegistration(UUID id) {
        findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
