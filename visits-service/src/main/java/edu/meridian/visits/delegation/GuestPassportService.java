package edu.meridian.visits.delegation;

import edu.meridian.persistence.personal.Reveal;
import edu.meridian.persistence.personal.Reveals;
import edu.meridian.web.Caller;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guests' passports: kept sealed with their delegation, shown masked with it, and read in full only by the office,
 * with a reason, each reading recorded (platform {@link Reveals}).
 */
@ApplicationScoped
public class GuestPassportService {

    private final GuestPassportRepository passports;
    private final DelegationService delegations;
    private final Reveals reveals;
    private final Caller caller;
    private final Clock clock;

    GuestPassportService(GuestPassportRepository passports, DelegationService delegations, Reveals reveals,
            Caller caller, Clock clock) {
        this.passports = passports;
        this.delegations = delegations;
        this.reveals = reveals;
        this.caller = caller;
        this.clock = clock;
    }

    /** A passport read in full, with when the reading was recorded. */
    public record RevealedPassport(UUID guestId, String number, LocalDate expiry, Instant revealedAt) {

        @Override
        public String toString() {
            return "RevealedPassport[" + guestId + "]";
        }
    }

    Map<UUID, GuestPassport> of(Collection<UUID> delegationIds) {
        return passports.ofDelegations(delegationIds);
    }

    /** Keeps the passports given (by guest id), forgets those of guests who left; the others stay as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(Delegation delegation, Map<UUID, Passport> given) {
        passports.keepOnly(delegation.id, delegation.guests.stream().map(Guest::id).toList());
        given.forEach((guestId, passport) -> {
            GuestPassport stored = passports.findByIdOptional(guestId).orElseGet(GuestPassport::new);
            boolean fresh = stored.guestId == null;
            stored.guestId = guestId;
            stored.delegationId = delegation.id;
            stored.number = passport.number();
            stored.expiry = passport.expiry();
            stored.updatedBy = caller.username();
            stored.updatedAt = clock.instant();
            if (fresh) {
                passports.persist(stored);
            }
        });
    }

    /**
     * The passport of a guest in full, for the office only (others who see the delegation get 403), with a reason,
     * recorded before it is answered; 404 for a guest or passport that is not there.
     */
    @Transactional
    public RevealedPassport reveal(UUID delegationId, UUID guestId, String reason) {
        Delegation delegation = delegations.get(delegationId);
        if (!caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF)) {
            throw ProblemException.forbidden("Only the office reads a passport in full");
        }
        boolean guest = delegation.guests.stream().anyMatch(listed -> guestId.equals(listed.id()));
        GuestPassport passport = guest ? passports.findById(guestId) : null;
        if (passport == null) {
            throw ProblemException.notFound("Passport of guest", guestId);
        }
        Reveal reveal = reveals.record(DelegationService.AGGREGATE, delegationId, "guests/" + guestId + "/passport",
                reason, caller.username());
        return new RevealedPassport(guestId, passport.number, passport.expiry, reveal.revealedAt);
    }

    /** Who read which guest's passport of this delegation in full, when and why, the latest first. */
    public List<Reveal> reveals(UUID delegationId) {
        delegations.get(delegationId);
        return reveals.of(DelegationService.AGGREGATE, delegationId);
    }
}
