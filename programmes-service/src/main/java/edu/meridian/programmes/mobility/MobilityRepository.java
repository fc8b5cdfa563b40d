package edu.meridian.programmes.mobility;

import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MobilityRepository implements PanacheRepositoryBase<Mobility, UUID> {

    /** A page of the mobilities the filter's viewer may see that match it, and the total count. */
    Page<Mobility> search(MobilityFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("from Mobility m where ");
        Map<String, Object> parameters = new HashMap<>();
        query.append(scope(filter.viewer(), parameters));
        if (filter.academicYear() != null) {
            query.append(" and m.academicYear = :year");
            parameters.put("year", filter.academicYear());
        }
        if (filter.direction() != null) {
            query.append(" and m.direction = :direction");
            parameters.put("direction", filter.direction());
        }
        if (filter.state() != null) {
            query.append(" and m.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.unit() != null) {
            query.append(" and m.homeUnit = :unit");
            parameters.put("unit", filter.unit());
        }
        if (filter.applicationId() != null) {
            query.append(" and m.applicationId = :applicationId");
            parameters.put("applicationId", filter.applicationId());
        }
        if (filter.country() != null) {
            query.append(" and m.institutionId in (select p.id from PartnerInstitution p where p.country = :country)");
            parameters.put("country", filter.country());
        }
        query.append(Sort.parse(filter.sort() == null ? "-plannedStart" : filter.sort(), MobilityFilter.SORTS)
                .orderBy("m.id"));
        PanacheQuery<Mobility> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    Optional<Mobility> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    private static String scope(MobilityViewer viewer, Map<String, Object> parameters) {
        if (viewer.office() || viewer.campusSystem()) {
            return "true";
        }
        List<String> parts = new ArrayList<>();
        if (viewer.participant() != null) {
            parts.add("m.participantId = :participant");
            parameters.put("participant", viewer.participant());
        }
        if (viewer.liaisonUnit() != null) {
            parts.add("m.homeUnit = :scopeUnit");
            parameters.put("scopeUnit", viewer.liaisonUnit());
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }
}
