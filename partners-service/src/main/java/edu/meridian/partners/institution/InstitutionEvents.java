package edu.meridian.partners.institution;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** What partners-service tells others about institutions, on topic {@value #TOPIC}. Never contacts. */
@ApplicationScoped
public class InstitutionEvents {

    public static final String TOPIC = "partners.institutions";
    public static final String REGISTERED = "edu.meridian.partners.institution.registered";
    public static final String UPDATED = "edu.meridian.partners.institution.updated";
    public static final String STATUS_CHANGED = "edu.meridian.partners.institution.status-changed";
    public static final String DORMANT = "edu.meridian.partners.institution.dormant";
    public static final String REACTIVATED = "edu.meridian.partners.institution.reactivated";
    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(REGISTERED, UPDATED, STATUS_CHANGED, DORMANT, REACTIVATED);

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

    /** Partner activity found it dormant (an agreement in force, nothing happening) or active again. */
    public void dormancyChanged(Institution institution, boolean dormant, LocalDate lastActivity) {
        publish(dormant ? DORMANT : REACTIVATED, InstitutionEventData.ofDormancy(institution, dormant, lastActivity));
    }

    private void publish(String type, InstitutionEventData data) {
        outbox.publish(TOPIC, type, data.institutionId().toString(), data);
    }
}
