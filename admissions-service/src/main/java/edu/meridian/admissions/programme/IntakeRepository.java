package edu.meridian.admissions.programme;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    /**
     * Intakes, the soonest start first; narrowed to one programme, to those taking applications on {@code open}, and
     * to programmes whose code contains {@code q} (or the programme whose id {@code q} is).
     */
    Page<Intake> search(UUID programmeId, LocalDate open, String q, int page, int size) {
        StringBuilder query = new StringBuilder("from Intake i where true");
        Map<String, Object> parameters = new HashMap<>();
        if (programmeId != null) {
            query.append(" and i.programmeId = :programme");
            parameters.put("programme", programmeId);
        }
        if (open != null) {
            query.append(" and i.applicationsOpen <= :day and i.applicationsClose >= :day");
            parameters.put("day", open);
        }
        UUID programme = q == null ? null : Ids.parse(q);
        if (programme != null) {
            query.append(" and i.programmeId = :q");
            parameters.put("q", programme);
        } else if (q != null && !q.isBlank()) {
            query.append(" and i.programmeId in (select p.id from DegreeProgramme p where lower(p.code) like :q escape '\\')");
            parameters.put("q", Searches.containing(q));
        }
        PanacheQuery<Intake> found = find(query.append(" order by i.startsOn, i.id").toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    Optional<Intake> of(UUID programmeId, LocalDate startsOn) {
        return find("programmeId = ?1 and startsOn = ?2", programmeId, startsOn).firstResultOptional();
    }

    /** The id a text is, if it is one. */
    private static final class Ids {
        static UUID parse(String text) {
            try {
                return text.strip().length() == 36 ? UUID.fromString(text.strip()) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
