package edu.meridian.partners.institution;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What partners-service tells others about institutions, on topic {@value #TOPIC}. Never contacts. */
@ApplicationScoped
public class InstitutionEvents {

    public static final String TOPIC = "partners.institutions";
    public static final String REGISTERED = "edu.meridian.partners.institution.registered";
    public static final String UPDATED = "edu.meridian.partners.institution.updated";
    public static final String STATUS_CHANGED = "edu.meridian.partners.institution.status-changed";

    private final Outbox outbox;

    InstitutionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Institution institution) {
        publish(REGISTERED, InstitutionEventData.of(institution, null, null));
    }

    public void updated(Institution institution, List<String> changedFields) {
        publish(UPDATED, InstitutionEventData.of(institution, null, changedFields));
    }

    public void statusChanged(Institution institution, InstitutionStatus previous) {
        publish(STATUS_CHANGED, InstitutionEventData.of(institution, previous, null));
    }

    private void publish(String type, InstitutionEventData data) {
        outbox.publish(TOPIC, type, data.institutionId().toString(), data);
    }
}
