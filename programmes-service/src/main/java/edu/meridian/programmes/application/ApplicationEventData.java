package edu.meridian.programmes.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of application events: ids, the call, the state and the ranked destination ids — what a campus
 * system or partners' activity view needs. Never a name, the statement, the GPA or the other declared facts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationEventData(
        UUID applicationId,
        UUID callId,
        String applicantId,
        ApplicationState state,
        ApplicationState previousState,
        List<UUID> choices,
        long version) {

    static ApplicationEventData of(Application application, ApplicationState previousState) {
        return new ApplicationEventData(application.id, application.callId, application.applicantId,
                application.state, previousState, List.copyOf(application.choices), application.version);
    }
}
