package edu.meridian.visits.delegation;

import edu.meridian.persistence.Searches;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ItineraryRepository implements PanacheRepositoryBase<ItineraryItem, UUID> {

    /** A delegation's items in time order; {@code q} matches the titles partially, ignoring case. */
    List<ItineraryItem> of(UUID delegationId, String q) {
        StringBuilder query = new StringBuilder("delegationId = :delegation");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("delegation", delegationId);
        if (q != null && !q.isBlank()) {
            query.append(" and lower(title) like :q escape '\\'");
            parameters.put("q", Searches.containing(q));
        }
        return list(query + " order by startsAt, id", parameters);
    }

    Map<UUID, List<ItineraryItem>> of(Collection<UUID> delegationIds) {
        Map<UUID, List<ItineraryItem>> items = new HashMap<>();
        if (delegationIds.isEmpty()) {
            return items;
        }
        list("delegationId in ?1 order by startsAt, id", delegationIds)
                .forEach(item -> items.computeIfAbsent(item.delegationId, id -> new java.util.ArrayList<>()).add(item));
        return items;
    }

    /**
     * Waits for the names (a booking's {@link edu.meridian.visits.booking.Booking#lockNames}) and holds them until the
     * transaction ends, so that two bookings of one host, interpreter or venue are checked and saved one after the
     * other (PostgreSQL transaction advisory locks; a hash collision only makes an unrelated booking wait).
     */
    void lock(List<String> names) {
        for (String name : names) {
            getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:name, 0))")
                    .setParameter("name", "booking:" + name).getSingleResult();
        }
    }

    /** The items of delegations still on (not rejected or cancelled) whose time overlaps {@code start … end}. */
    List<ItineraryItem> overlapping(Instant start, Instant end) {
        return getEntityManager().createQuery("select i from ItineraryItem i, Delegation d where d.id = i.delegationId"
                        + " and d.state not in :off and i.startsAt < :end and i.endsAt > :start", ItineraryItem.class)
                .setParameter("off", List.of(DelegationState.rejected, DelegationState.cancelled))
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
    }
}
