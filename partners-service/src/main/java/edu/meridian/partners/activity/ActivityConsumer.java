package edu.meridian.partners.activity;

import edu.meridian.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the other services' topics into the activity projection through the inbox: a redelivery has no effect. */
@ApplicationScoped
public class ActivityConsumer {

    /** The inbox's name of this projection. */
    public static final String CONSUMER = "partner-activity";

    private final Inbox inbox;
    private final ActivityProjection projection;

    ActivityConsumer(Inbox inbox, ActivityProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("programmes-mobilities")
    @Blocking
    public void mobility(String record) {
        inbox.receive(CONSUMER, record, projection::applyMobility);
    }

    @Incoming("programmes-applications")
    @Blocking
    public void application(String record) {
        inbox.receive(CONSUMER, record, projection::applyApplication);
    }

    @Incoming("visits-delegations")
    @Blocking
    public void delegation(String record) {
        inbox.receive(CONSUMER, record, projection::applyDelegation);
    }
}
