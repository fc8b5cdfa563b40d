package edu.meridian.visits.delegation;

import edu.meridian.persistence.personal.Resealing;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** After a key rotation, the first start seals guests' passports again with the new key (platform Resealing). */
@ApplicationScoped
class GuestPassportResealing {

    private static final Logger LOG = Logger.getLogger(GuestPassportResealing.class);

    private final Resealing resealing;

    GuestPassportResealing(Resealing resealing) {
        this.resealing = resealing;
    }

    void onStart(@Observes StartupEvent event) {
        int resealed = resealing.reseal("guest_passport", "guest_id", "number")
                + resealing.reseal("guest_passport", "guest_id", "expiry");
        if (resealed > 0) {
            LOG.infof("Sealed %d passport values of guests again with the current key", resealed);
        }
    }
}
