package edu.meridian.programmes.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** One rule of the call's eligibility the application does not meet: its code, the English message and its values. */
public record IneligibilityReason(IneligibilityCode code, String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

    public IneligibilityReason {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
