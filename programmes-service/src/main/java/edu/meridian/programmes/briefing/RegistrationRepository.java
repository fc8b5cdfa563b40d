package edu.meridian.programmes.briefing;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** The places taken at a briefing: its registrations that are not cancelled. */
    long placesTaken(UUID briefingId) {
        return count("briefingId = ?1 and state <> ?2", briefingId, RegistrationState.cancelled);
    }

    Optional<Registration> active(UUID briefingId, String person) {
        return find("briefingId = ?1 and person = ?2 and state <> ?3", briefingId, person, RegistrationState.cancelled)
                .firstResultOptional();
    }

    Optional<Registration> of(UUID briefingId, UUID id) {
        return find("id = ?1 and briefingId = ?2", id, briefingId).firstResultOptional();
    }

    /** A briefing's registrations in the order they were made, optionally in one state or of people matching q. */
    Page<Registration> ofBriefing(UUID briefingId, RegistrationState state, String q, int page, int size) {
        StringBuilder query = new StringBuilder("briefingId = :briefing");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("briefing", briefingId);
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (q != null && !q.isBlank()) {
            query.append(" and lower(person) like :q escape '\\'");
            parameters.put("q", Searches.containing(q));
        }
        PanacheQuery<Registration> found = find(query + " order by createdAt, id", parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** One person's registrations, the newest first. */
    List<Registration> ofPerson(String person) {
        return list("person = ?1 order by createdAt desc, id", person);
    }

    /** Per briefing, how many of its registrations are in each state. */
    Map<UUID, Map<RegistrationState, Long>> countsByState(Collection<UUID> briefingIds) {
        Map<UUID, Map<RegistrationState, Long>> counts = new HashMap<>();
        if (briefingIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("select r.briefingId, r.state, count(r) from Registration r"
                + " where r.briefingId in :ids group by r.briefingId, r.state", Object[].class)
                .setParameter("ids", List.copyOf(briefingIds)).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(RegistrationState.class))
                    .put((RegistrationState) row[1], (Long) row[2]);
        }
        return counts;
    }
}
