package edu.meridian.programmes.application;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) when the office confirms an application, so that the exchange
 * becomes a mobility in the same commit. {@code firstChoice} is the host where the allocation gave no place (a
 * waitlisted applicant moved on by the office); otherwise the mobility goes where the allocation placed them.
 */
public record ApplicationConfirmed(UUID applicationId, UUID callId, String applicantId, String applicantUsername,
        String homeUnit, UUID firstChoice) {

    static ApplicationConfirmed of(Application application) {
        return new ApplicationConfirmed(application.id, application.callId, application.applicantId,
                application.applicantUsername, application.homeUnit, application.choices.get(0));
    }
}
