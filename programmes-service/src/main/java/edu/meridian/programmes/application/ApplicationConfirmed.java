package edu.meridian.programmes.application;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) when the office confirms an application, so that the exchange
 * becomes a mobility in the same commit. {@code destination} is the first choice: the host that accepted the nominee
 * until allocation records the place each applicant got.
 */
public record ApplicationConfirmed(UUID applicationId, UUID callId, String applicantId, String applicantUsername,
        String homeUnit, UUID destination) {

    static ApplicationConfirmed of(Application application) {
        return new ApplicationConfirmed(application.id, application.callId, application.applicantId,
                application.applicantUsername, application.homeUnit, application.choices.get(0));
    }
}
