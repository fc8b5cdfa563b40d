package edu.meridian.partners.agreement;

import edu.meridian.persistence.Searches;
import edu.meridian.persistence.Sort;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** States in which a successor still counts as the open renewal of its predecessor. */
    static final EnumSet<AgreementState> WERE_IN_FORCE = EnumSet.of(AgreementState.active, AgreementState.expiring,
            AgreementState.expired, AgreementState.renewed, AgreementState.terminated);
    static final EnumSet<AgreementState> OPEN = EnumSet.of(AgreementState.draft, AgreementState.under_review,
            AgreementState.approved, AgreementState.signed, AgreementState.active, AgreementState.expiring);

    boolean referenceCodeTaken(String referenceCode, UUID except) {
        return count("lower(referenceCode) = lower(?1) and id <> ?2", referenceCode,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    /** The next number of this year's reference codes, atomically, whatever other transactions do. */
    int nextReferenceNumber(int year) {
        return ((Number) getEntityManager().createNativeQuery("""
                        insert into agreement_reference_counter (year, last) values (?1, 1)
                        on conflict (year) do update set last = agreement_reference_counter.last + 1
                        returning last""")
                .setParameter(1, year)
                .getSingleResult()).intValue();
    }

    /** The renewal of this agreement: the open one if there is one, else the newest. */
    List<Agreement> everInForceWith(Collection<UUID> institutionIds) {
        return list("select distinct a from Agreement a join a.partnerIds p where p in ?1 and a.state in ?2"
                + " and a.effectiveDate is not null and a.expiryDate is not null", institutionIds, WERE_IN_FORCE);
    }

    List<UUID> partnersEverInForce() {
        return find("select distinct p from Agreement a join a.partnerIds p where a.state in ?1"
                + " and a.effectiveDate is not null and a.expiryDate is not null", WERE_IN_FORCE)
                .project(UUID.class).list();
    }

    Optional<Agreement> successorOf(UUID predecessorId) {
        List<Agreement> successors = list("predecessorId = ?1 order by createdAt desc", predecessorId);
        return successors.stream().filter(successor -> OPEN.contains(successor.state)).findFirst()
                .or(() -> successors.stream().findFirst());
    }

    Optional<Agreement> openSuccessorOf(UUID predecessorId) {
        return find("predecessorId = ?1 and state in ?2", predecessorId, OPEN).firstResultOptional();
    }

    /**
     * Agreements in force the expiry job has to look at on this day: expiry date within the first alert horizon
     * or already past.
     */
    List<UUID> dueForExpiryCheck(LocalDate today, int horizonDays) {
        return getEntityManager().createQuery("select a.id from Agreement a where a.state in :states"
                        + " and a.expiryDate is not null and a.expiryDate <= :horizon order by a.expiryDate, a.id", UUID.class)
                .setParameter("states", EnumSet.of(AgreementState.active, AgreementState.expiring))
                .setParameter("horizon", today.plusDays(horizonDays))
                .getResultList();
    }

    /** A page of agreements matching the filter among those readable ({@code null}: all), and the total count. */
    Page<Agreement> search(AgreementFilter filter, AgreementPolicy.Readable readable, LocalDate today, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (readable != null) {
            where.append(" and (a.state in (:readable)").append(readable.unit() == null ? ")" : " or a.signing_unit = :ownUnit)");
            parameters.put("readable", readable.states().stream().map(Enum::name).toList());
            if (readable.unit() != null) {
                parameters.put("ownUnit", readable.unit());
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (a.title_en ilike :q or a.title_zh ilike :q or a.reference_code ilike :q)");
            parameters.put("q", Searches.containing(filter.q()));
        }
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (!filter.states().isEmpty()) {
            where.append(" and a.state in (:states)");
            parameters.put("states", filter.states().stream().map(Enum::name).toList());
        }
        if (filter.partnerId() != null) {
            where.append(" and exists (select 1 from agreement_partner ap where ap.agreement_id = a.id"
                    + " and ap.institution_id = :partner)");
            parameters.put("partner", filter.partnerId());
        }
        if (filter.signingUnit() != null) {
            where.append(" and a.signing_unit = :unit");
            parameters.put("unit", filter.signingUnit());
        }
        if (filter.owner() != null) {
            where.append(" and a.owner = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" and a.state in ('active', 'expiring') and a.expiry_date between :today and :horizon");
            parameters.put("today", Date.valueOf(today));
            parameters.put("horizon", Date.valueOf(today.plusDays(filter.expiringWithinDays())));
        }
        String sort = filter.sort() == null ? AgreementFilter.DEFAULT_SORT : filter.sort();
        String order = Sort.parse(sort, AgreementFilter.SORTS).orderBy("a.id");

        var count = getEntityManager().createNativeQuery("select count(*) from agreement a" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        var rows = getEntityManager().createNativeQuery("select a.id from agreement a" + where + order
                + " limit :limit offset :offset");
        parameters.forEach(rows::setParameter);
        rows.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<UUID> ids = new ArrayList<>();
        for (Object id : rows.getResultList()) {
            ids.add((UUID) id);
        }
        Map<UUID, Agreement> found = ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream()
                .collect(Collectors.toMap(agreement -> agreement.id, Function.identity()));
        return new Page<>(ids.stream().map(found::get).toList(), total, page, size);
    }
}
