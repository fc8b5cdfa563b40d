package edu.meridian.visits.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class GuestPassportRepository implements PanacheRepositoryBase<GuestPassport, UUID> {

    /** The passports of these delegations' guests, by guest id. */
    Map<UUID, GuestPassport> ofDelegations(Collection<UUID> delegationIds) {
        if (delegationIds.isEmpty()) {
            return Map.of();
        }
        return list("delegationId in ?1", delegationIds).stream()
                .collect(Collectors.toMap(passport -> passport.guestId, Function.identity()));
    }

    /** Forgets the passports of guests no longer in the delegation. */
    void keepOnly(UUID delegationId, List<UUID> guestIds) {
        if (guestIds.isEmpty()) {
            delete("delegationId = ?1", delegationId);
        } else {
            delete("delegationId = ?1 and guestId not in ?2", delegationId, guestIds);
        }
    }
}
