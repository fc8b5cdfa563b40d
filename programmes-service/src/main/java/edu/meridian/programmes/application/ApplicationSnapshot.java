package edu.meridian.programmes.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * What a revision of an application keeps: its state, choices and the facts the eligibility check reads besides the
 * GPA. Never the statement or the GPA: the history is read by more people than the application's personal fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationSnapshot(UUID callId, String homeUnit, List<UUID> choices, Integer yearOfStudy,
        List<LanguageResult> languageResults, ApplicationState state, List<IneligibilityReason> ineligibilityReasons) {

    static ApplicationSnapshot of(Application application) {
        return new ApplicationSnapshot(application.callId, application.homeUnit, List.copyOf(application.choices),
                application.yearOfStudy, List.copyOf(application.languageResults), application.state,
                List.copyOf(application.ineligibilityReasons));
    }
}
