package edu.meridian.programmes.application;

import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** A page of the applications in the filter's scope that match it, and the total count. */
    Page<Application> search(ApplicationFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Application a where ");
        Map<String, Object> parameters = new HashMap<>();
        query.append(scope(filter.scope(), parameters));
        if (filter.callId() != null) {
            query.append(" and a.callId = :call");
            parameters.put("call", filter.callId());
        }
        if (filter.state() != null) {
            query.append(" and a.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.unit() != null) {
            query.append(" and a.homeUnit = :unit");
            parameters.put("unit", filter.unit());
        }
        if (filter.institutionId() != null) {
            query.append(" and exists (select 1 from Application other join other.choices choice"
                    + " where other.id = a.id and choice = :institution)");
            parameters.put("institution", filter.institutionId());
        }
        query.append(Sort.parse(filter.sort() == null ? "-submittedAt" : filter.sort(), ApplicationFilter.SORTS)
                .orderBy("a.id"));
        PanacheQuery<Application> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** The applicant's application to the call that is not withdrawn, if any (one per person and call). */
    boolean hasActive(UUID callId, String applicantId) {
        return count("callId = ?1 and applicantId = ?2 and state <> ?3", callId, applicantId,
                ApplicationState.withdrawn) > 0;
    }

    private static String scope(ApplicationScope scope, Map<String, Object> parameters) {
        if (scope.all()) {
            return "true";
        }
        List<String> parts = new ArrayList<>();
        if (scope.owner() != null) {
            parts.add("a.applicantId = :owner");
            parameters.put("owner", scope.owner());
        }
        if (scope.submitted()) {
            parts.add("a.state <> :draft");
        } else if (scope.unit() != null) {
            parts.add("(a.homeUnit = :scopeUnit and a.state <> :draft)");
            parameters.put("scopeUnit", scope.unit());
        }
        if (scope.submitted() || scope.unit() != null) {
            parameters.put("draft", ApplicationState.draft);
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }

    /** The call's applications in these states, by id. */
    List<Application> ofCall(UUID callId, java.util.Collection<ApplicationState> states) {
        return list("callId = ?1 and state in ?2 order by id", callId, states);
    }
}
