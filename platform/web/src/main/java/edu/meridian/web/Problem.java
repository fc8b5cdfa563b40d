package edu.meridian.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of problem ({@code urn:meridian:problem:<slug>});
 * {@code errors} lists field-level validation failures; {@code extensions} carries problem-specific members
 * (such as {@code allowedTransitions}) at the top level of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field: its path ({@code name.zh}, {@code conditions[0].toYear}), a stable {@link FieldErrorCode}
     * that clients translate, the English message, and the values the message names ({@code max}, {@code allowed}…).
     */
    public record FieldError(String field, FieldErrorCode code, String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> params) {

        public FieldError {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public FieldError(String field, FieldErrorCode code, String message) {
            this(field, code, message, Map.of());
        }
    }

    public static String type(String slug) {
        return "urn:meridian:problem:" + slug;
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
