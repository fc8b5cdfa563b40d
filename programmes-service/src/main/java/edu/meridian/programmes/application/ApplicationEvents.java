package edu.meridian.programmes.application;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * What programmes-service tells others about applications, on topic {@value #TOPIC}, keyed by the application id,
 * written to the outbox in the caller's transaction. {@code submitted} is published once the automatic eligibility
 * check has run, so its state is {@code eligible} or {@code ineligible}. Review, the waitlist and the host's answer
 * are the office's own business until they end in a selection, rejection, nomination or confirmation.
 */
@ApplicationScoped
public class ApplicationEvents {

    public static final String TOPIC = "programmes.applications";
    private static final String PREFIX = "edu.meridian.programmes.application.";
    public static final String SUBMITTED = PREFIX + "submitted";
    public static final String SELECTED = PREFIX + "selected";
    public static final String REJECTED = PREFIX + "rejected";
    public static final String NOMINATED = PREFIX + "nominated";
    public static final String CONFIRMED = PREFIX + "confirmed";
    public static final String WITHDRAWN = PREFIX + "withdrawn";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(SUBMITTED, SELECTED, REJECTED, NOMINATED, CONFIRMED, WITHDRAWN);

    private final Outbox outbox;

    ApplicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void submitted(Application application) {
        publish(SUBMITTED, application, ApplicationState.draft);
    }

    /** The event of an office's or applicant's move, if others are told about it. */
    void transitioned(Application application, ApplicationState from) {
        type(application.state).ifPresent(type -> publish(type, application, from));
    }

    private void publish(String type, Application application, ApplicationState from) {
        outbox.publish(TOPIC, type, application.id.toString(), ApplicationEventData.of(application, from));
    }

    static Optional<String> type(ApplicationState state) {
        return switch (state) {
            case selected -> Optional.of(SELECTED);
            case rejected -> Optional.of(REJECTED);
            case nominated -> Optional.of(NOMINATED);
            case confirmed -> Optional.of(CONFIRMED);
            case withdrawn -> Optional.of(WITHDRAWN);
            case draft, submitted, eligible, ineligible, under_review, waitlisted, accepted_by_host, rejected_by_host ->
                    Optional.empty();
        };
    }
}
