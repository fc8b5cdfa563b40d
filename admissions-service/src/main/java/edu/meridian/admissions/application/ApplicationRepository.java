package edu.meridian.admissions.application;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<AdmissionApplication, UUID> {

    /** Applications, the newest change first; {@code applicant} narrows them to one applicant's. */
    Page<AdmissionApplication> search(ApplicationFilter filter, String applicant, int page, int size) {
        StringBuilder query = new StringBuilder("from AdmissionApplication a where true");
        Map<String, Object> parameters = new HashMap<>();
        if (applicant != null) {
            query.append(" and a.applicantSubject = :applicant");
            parameters.put("applicant", applicant);
        }
        if (filter.state() != null) {
            query.append(" and a.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.nationality() != null) {
            query.append(" and a.nationality = :nationality");
            parameters.put("nationality", filter.nationality());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.append(" and (lower(a.surname) like :q escape '\\' or lower(a.givenNames) like :q escape '\\')");
            parameters.put("q", Searches.containing(filter.q()));
        }
        query.append(" order by a.updatedAt desc, a.id");
        PanacheQuery<AdmissionApplication> found = find(query.toString(), parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** Whether the applicant has an application that has not ended. */
    boolean hasOpen(String applicant) {
        return count("applicantSubject = ?1 and state not in ?2", applicant, EnumSet.of(ApplicationState.rejected,
                ApplicationState.offer_declined, ApplicationState.registered, ApplicationState.withdrawn)) > 0;
    }
}
