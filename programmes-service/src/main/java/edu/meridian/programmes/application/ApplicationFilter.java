package edu.meridian.programmes.application;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of applications is narrowed to; any field may be null. {@code institutionId} keeps applications with
 * that destination among their choices. {@code scope} is what the caller may see at all.
 */
public record ApplicationFilter(UUID callId, ApplicationState state, UUID institutionId, String unit,
        ApplicationScope scope, String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "submittedAt", "a.submittedAt",
            "state", "a.state",
            "applicant", "a.applicantUsername",
            "homeUnit", "a.homeUnit",
            "createdAt", "a.createdAt",
            "updatedAt", "a.updatedAt");
}
