package edu.meridian.admissions.programme;

import edu.meridian.persistence.Searches;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<DegreeProgramme, UUID> {

    /** Programmes by code, those whose code or name contains {@code q} if given. */
    Page<DegreeProgramme> search(String q, int page, int size) {
        PanacheQuery<DegreeProgramme> found = q == null || q.isBlank() ? find("order by code")
                : find("lower(code) like :q escape '\\' or lower(nameEn) like :q escape '\\' or lower(nameZh) like :q "
                        + "escape '\\' order by code", Parameters.with("q", Searches.containing(q)));
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    Optional<DegreeProgramme> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
