package edu.meridian.programmes.partner;

import edu.meridian.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds partners' topics into the projection through the inbox, so a redelivered event has no second effect. A
 * consumer group that starts from the beginning of the (compacted) topics builds the whole projection.
 */
@ApplicationScoped
public class PartnersConsumer {

    /** The inbox's name of this projection. */
    public static final String CONSUMER = "partners-projection";

    private final Inbox inbox;
    private final PartnerProjection projection;

    PartnersConsumer(Inbox inbox, PartnerProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("partners-institutions")
    @Blocking
    public void institution(String record) {
        inbox.receive(CONSUMER, record, projection::applyInstitution);
    }

    @Incoming("partners-agreements")
    @Blocking
    public void agreement(String record) {
        inbox.receive(CONSUMER, record, projection::applyAgreement);
    }
}
