package edu.meridian.admissions.application;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What admissions-service tells others about applications, on topic {@value #TOPIC}, keyed by the application id,
 * written to the outbox in the caller's transaction. Drafts and the office's document checks and review are its own.
 */
@ApplicationScoped
public class ApplicationEvents {

    public static final String TOPIC = "admissions.applications";
    private static final String PREFIX = "edu.meridian.admissions.application.";
    public static final String SUBMITTED = PREFIX + "submitted";
    public static final String OFFER_ISSUED = PREFIX + "offer-issued";
    public static final String OFFER_ACCEPTED = PREFIX + "offer-accepted";
    public static final String DECLINED = PREFIX + "declined";
    public static final String REJECTED = PREFIX + "rejected";
    public static final String WITHDRAWN = PREFIX + "withdrawn";
    public static final String ADMISSION_LETTER_ISSUED = PREFIX + "admission-letter-issued";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(SUBMITTED, OFFER_ISSUED, OFFER_ACCEPTED, DECLINED, REJECTED,
            WITHDRAWN, ADMISSION_LETTER_ISSUED);

    private final Outbox outbox;

    ApplicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event of a transition, if others are told about it. */
    void transitioned(AdmissionApplication application, ApplicationState from) {
        String type = switch (application.state) {
            case submitted -> SUBMITTED;
            case rejected -> REJECTED;
            case withdrawn -> WITHDRAWN;
            default -> null;
        };
        if (type != null) {
            publish(type, application, from, null);
        }
    }

    void offerIssued(AdmissionApplication application, ApplicationState from, Offer offer) {
        publish(OFFER_ISSUED, application, from, offer);
    }

    void offerAnswered(AdmissionApplication application, ApplicationState from, Offer offer) {
        publish(offer.state == OfferState.accepted ? OFFER_ACCEPTED : DECLINED, application, from, offer);
    }

    /** With the accepted offer; never the letter's verification code, which proves a letter to whoever holds it. */
    void letterIssued(AdmissionApplication application, ApplicationState from, Offer offer) {
        publish(ADMISSION_LETTER_ISSUED, application, from, offer);
    }

    private void publish(String type, AdmissionApplication application, ApplicationState from, Offer offer) {
        outbox.publish(TOPIC, type, application.id.toString(), ApplicationEventData.of(application, from, offer));
    }
}
