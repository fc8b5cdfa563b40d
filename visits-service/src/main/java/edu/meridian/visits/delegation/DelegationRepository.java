package edu.meridian.visits.delegation;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    Page<Delegation> search(DelegationFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Delegation d where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(d.titleEn) like :q escape '\\' or lower(d.titleZh) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.state() != null) {
            query.append(" and d.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.category() != null) {
            query.append(" and d.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.hostUnit() != null) {
            query.append(" and d.hostUnit = :hostUnit");
            parameters.put("hostUnit", filter.hostUnit());
        }
        if (filter.unit() != null) {
            query.append(" and d.hostUnit = :unit");
            parameters.put("unit", filter.unit());
        }
        if (filter.from() != null) {
            query.append(" and d.departureOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and d.arrivalOn <= :to");
            parameters.put("to", filter.to());
        }
        query.append(Sort.parse(filter.sort() == null ? "-arrival" : filter.sort(), DelegationFilter.SORTS).orderBy("d.id"));
        PanacheQuery<Delegation> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /**
     * Completed delegations whose report is still owed, the oldest visit first; {@code unit} narrows them to one host
     * unit, {@code departedBefore} to visits that ended before that day (those whose report is overdue).
     */
    Page<Delegation> owingReports(String unit, LocalDate departedBefore, int page, int size) {
        StringBuilder query = new StringBuilder("from Delegation d where d.state = :completed");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("completed", DelegationState.completed);
        if (unit != null) {
            query.append(" and d.hostUnit = :unit");
            parameters.put("unit", unit);
        }
        if (departedBefore != null) {
            query.append(" and d.departureOn < :before");
            parameters.put("before", departedBefore);
        }
        query.append(" order by d.departureOn, d.id");
        PanacheQuery<Delegation> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
