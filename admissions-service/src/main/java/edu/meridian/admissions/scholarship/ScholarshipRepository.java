package edu.meridian.admissions.scholarship;

import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ScholarshipRepository implements PanacheRepositoryBase<Scholarship, UUID> {

    List<Scholarship> ofStudent(UUID student) {
        return list("studentId = ?1 order by periodFrom, id", student);
    }

    /** Holdings, the latest change first, by type and state. */
    Page<Scholarship> search(ScholarshipType type, ScholarshipState state, int page, int size) {
        StringBuilder query = new StringBuilder("from Scholarship s where true");
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            query.append(" and s.type = :type");
            parameters.put("type", type);
        }
        if (state != null) {
            query.append(" and s.state = :state");
            parameters.put("state", state);
        }
        query.append(" order by s.updatedAt desc, s.id");
        PanacheQuery<Scholarship> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
