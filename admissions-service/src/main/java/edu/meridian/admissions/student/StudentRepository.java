package edu.meridian.admissions.student;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    /** Students, the newest change first; {@code subject} narrows them to one person's. */
    Page<Student> search(StudentFilter filter, String subject, int page, int size) {
        StringBuilder query = new StringBuilder("from Student s where true");
        Map<String, Object> parameters = new HashMap<>();
        if (subject != null) {
            query.append(" and s.subject = :subject");
            parameters.put("subject", subject);
        }
        if (filter.state() != null) {
            query.append(" and s.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.kind() != null) {
            query.append(" and s.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.cohort() != null) {
            query.append(" and s.cohort = :cohort");
            parameters.put("cohort", filter.cohort());
        }
        if (filter.nationality() != null) {
            query.append(" and s.nationality = :nationality");
            parameters.put("nationality", filter.nationality());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(s.surname) like :q escape '\\' or lower(s.givenNames) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        query.append(" order by s.updatedAt desc, s.id");
        PanacheQuery<Student> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    Optional<Student> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    Optional<Student> ofMobility(UUID mobilityId) {
        return find("mobilityId", mobilityId).firstResultOptional();
    }

    /** The students in these states whose arrival is known: those whose compliance clocks run. */
    List<Student> staying(Set<StudentState> states) {
        return list("state in ?1 and arrivedAt is not null order by id", states);
    }

    List<UUID> stayingIds(Set<StudentState> states) {
        return getEntityManager().createQuery("select s.id from Student s where s.state in :states "
                + "and s.arrivedAt is not null order by s.id", UUID.class).setParameter("states", states).getResultList();
    }
}
