package edu.meridian.partners.institution;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    /** Institutions that are probably the same as this one: same ROR id, same SCHAC code, or same normalised name. */
    List<Institution> probableDuplicatesOf(Institution candidate) {
        StringBuilder query = new StringBuilder("id <> :id and (normalizedName = :name");
        Map<String, Object> parameters = new HashMap<>(Map.of("id", candidate.id, "name", candidate.normalizedName));
        if (candidate.rorId != null) {
            query.append(" or rorId = :ror");
            parameters.put("ror", candidate.rorId);
        }
        if (candidate.schacCode != null) {
            query.append(" or lower(schacCode) = lower(:schac)");
            parameters.put("schac", candidate.schacCode);
        }
        return list(query.append(")").toString(), parameters);
    }

    /** Appended right after {@code institution i}, hence its leading space. */
    private static final String STATS_JOIN = """
             left join lateral (
              select count(*) as active_agreements, min(a.expiry_date) as nearest_expiry
              from agreement_partner ap join agreement a on a.id = ap.agreement_id
              where ap.institution_id = i.id and a.state in ('active', 'expiring')) s on true
            """;

    /** A page of institutions matching the filter, each with its agreement figures, and the total count. */
    Page<Listed> search(InstitutionFilter filter, LocalDate today, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (i.name_en ilike :q or i.name_zh ilike :q or i.local_name ilike :q or i.abbreviation ilike :q)");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.country() != null) {
            where.append(" and i.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.tag() != null) {
            where.append(" and :tag = any(i.tags)");
            parameters.put("tag", filter.tag());
        }
        if (filter.owner() != null) {
            where.append(" and i.owner = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" and s.nearest_expiry <= :horizon");
            parameters.put("horizon", Date.valueOf(today.plusDays(filter.expiringWithinDays())));
        }
        String order = Sort.parse(filter.sort() == null ? "name" : filter.sort(), InstitutionFilter.SORTS)
                .orderBy("i.id");

        var count = getEntityManager().createNativeQuery("select count(*) from institution i " + STATS_JOIN + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        var rows = getEntityManager().createNativeQuery(
                "select i.id, s.active_agreements, s.nearest_expiry from institution i " + STATS_JOIN + where + order
                        + " limit :limit offset :offset");
        parameters.forEach(rows::setParameter);
        rows.setParameter("limit", size).setParameter("offset", (long) page * size);
        Map<UUID, AgreementStats> stats = new LinkedHashMap<>();
        for (Object row : rows.getResultList()) {
            Object[] columns = (Object[]) row;
            stats.put((UUID) columns[0], toStats(columns[1], columns[2]));
        }
        Map<UUID, Institution> found = list("id in ?1", stats.keySet()).stream()
                .collect(Collectors.toMap(institution -> institution.id, Function.identity()));
        List<Listed> items = new ArrayList<>();
        stats.forEach((id, figures) -> items.add(new Listed(found.get(id), figures)));
        return new Page<>(items, total, page, size);
    }

    /** The agreement figures of each of these institutions (institutions without agreements are absent). */
    Map<UUID, AgreementStats> statsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                        select ap.institution_id, count(*), min(a.expiry_date)
                        from agreement_partner ap join agreement a on a.id = ap.agreement_id
                        where ap.institution_id in (:ids) and a.state in ('active', 'expiring')
                        group by ap.institution_id""")
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, AgreementStats> stats = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            stats.put((UUID) columns[0], toStats(columns[1], columns[2]));
        }
        return stats;
    }

    private static AgreementStats toStats(Object count, Object nearest) {
        LocalDate date = nearest instanceof Date sql ? sql.toLocalDate() : (LocalDate) nearest;
        return new AgreementStats(count == null ? 0 : ((Number) count).longValue(), date);
    }

    /** An institution in a list, with its agreement figures. */
    public record Listed(Institution institution, AgreementStats stats) {
    }
}
