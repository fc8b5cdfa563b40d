package edu.meridian.partners.agreement;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What partners-service tells others about agreements, on topic {@value #TOPIC}, keyed by the agreement id so that
 * one agreement's events stay in order. Each method writes to the outbox in the caller's transaction.
 */
@ApplicationScoped
public class AgreementEvents {

    public static final String TOPIC = "partners.agreements";
    private static final String PREFIX = "edu.meridian.partners.agreement.";
    public static final String DRAFTED = PREFIX + "drafted";
    public static final String SUBMITTED = PREFIX + "submitted";
    public static final String SENT_BACK = PREFIX + "sent-back";
    public static final String APPROVED = PREFIX + "approved";
    public static final String SIGNED = PREFIX + "signed";
    public static final String ACTIVATED = PREFIX + "activated";
    public static final String AMENDED = PREFIX + "amended";
    public static final String EXPIRING = PREFIX + "expiring";
    public static final String EXTENDED = PREFIX + "extended";
    public static final String EXPIRED = PREFIX + "expired";
    public static final String RENEWED = PREFIX + "renewed";
    public static final String TERMINATED = PREFIX + "terminated";
    public static final String DELETED = PREFIX + "deleted";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(DRAFTED, SUBMITTED, SENT_BACK, APPROVED, SIGNED, ACTIVATED,
            AMENDED, EXPIRING, EXTENDED, EXPIRED, RENEWED, TERMINATED, DELETED);

    private final Outbox outbox;

    AgreementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void drafted(Agreement agreement) {
        publish(DRAFTED, AgreementEventData.of(agreement));
    }

    /** A transition made by a person: submitted, sent back, approved, signed, activated or terminated. */
    public void transitioned(Agreement agreement, AgreementState from, String reason) {
        String type = switch (agreement.state) {
            case under_review -> SUBMITTED;
            case draft -> SENT_BACK;
            case approved -> APPROVED;
            case signed -> SIGNED;
            case active -> ACTIVATED;
            case terminated -> TERMINATED;
            default -> throw new IllegalArgumentException("No person makes an agreement " + agreement.state);
        };
        AgreementEventData.Builder data = AgreementEventData.of(agreement).previousState(from);
        if (type.equals(SENT_BACK) || type.equals(TERMINATED)) {
            data.reason(reason);
        }
        publish(type, data);
    }

    public void amended(Agreement agreement, List<String> changedFields) {
        publish(AMENDED, AgreementEventData.of(agreement).changedFields(changedFields));
    }

    /** An expiry alert; {@code from} is the state before it when the alert moved the agreement to expiring. */
    public void expiring(Agreement agreement, AgreementState from, int daysLeft, int alertDays) {
        publish(EXPIRING, AgreementEventData.of(agreement).previousState(from).alert(daysLeft, alertDays));
    }

    public void extended(Agreement agreement, AgreementState from, LocalDate previousExpiryDate) {
        publish(EXTENDED, AgreementEventData.of(agreement).previousState(from).previousExpiryDate(previousExpiryDate));
    }

    public void expired(Agreement agreement, AgreementState from) {
        publish(EXPIRED, AgreementEventData.of(agreement).previousState(from));
    }

    public void renewed(Agreement predecessor, AgreementState from, UUID successorId) {
        publish(RENEWED, AgreementEventData.of(predecessor).previousState(from).successorId(successorId));
    }

    /** A draft (or an agreement not yet signed) was deleted; {@code state} is the one it had. */
    public void deleted(Agreement agreement) {
        publish(DELETED, AgreementEventData.of(agreement));
    }

    private void publish(String type, AgreementEventData.Builder builder) {
        AgreementEventData data = builder.build();
        outbox.publish(TOPIC, type, data.agreementId().toString(), data);
    }
}
