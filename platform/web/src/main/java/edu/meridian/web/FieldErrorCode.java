package edu.meridian.web;

import com.fasterxml.jackson.annotation.JsonValue;

import jakarta.validation.ConstraintViolation;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is wrong with a field, as a stable code that clients translate (the SPA shows it in the user's language); the
 * field error's message says the same in English, and its params carry the numbers or names the text needs. One list
 * for the whole suite: a service that needs another code adds it here. {@code contracts/field-error-codes.json} is
 * this list, kept fresh by a test, for clients that are not Java.
 */
public enum FieldErrorCode {
    /** Missing, null or blank. */
    REQUIRED,
    /** Length or number of items outside {@code min} … {@code max}. */
    SIZE,
    /** Below {@code value}. */
    MIN,
    /** Above {@code value}. */
    MAX,
    /** More than {@code integer} digits before or {@code fraction} after the decimal point. */
    DIGITS,
    /** Not in the expected format. */
    PATTERN,
    /** Not one of {@code allowed}. */
    ONE_OF,
    /** Not an e-mail address. */
    EMAIL,
    /** Not an id (UUID). */
    ID,
    /** A date outside the sane range {@code from} … {@code to} (years), or not a date. */
    DATE_RANGE,
    /** Before the field named in {@code other}. */
    NOT_BEFORE,
    /** In the future where only the past makes sense. */
    NOT_FUTURE,
    /** Names the same thing twice. */
    DUPLICATE,
    /** An agreement in force without a dated signatory on our side and on a partner's side. */
    SIGNATURES_MISSING,
    /** A signatory or reference that is not one of the record's partners. */
    NOT_A_PARTNER,
    /** Not an academic year of two consecutive years, such as 2025/26. */
    ACADEMIC_YEAR,
    /** An institution that is not among the destinations of the call's scheme. */
    NOT_A_DESTINATION,
    /** Criteria weights that do not add up to {@code total} (they add up to {@code actual}). */
    WEIGHTS_TOTAL,
    /** More places than the {@code offered} ones of the agreement's conditions, without an override reason. */
    PLACES_EXCEED_AGREEMENT,
    /** A window that has already closed. */
    WINDOW_PASSED,
    /** A destination whose agreement is {@code state}, not active or expiring. */
    AGREEMENT_NOT_IN_FORCE,
    /** A field that cannot change once the record exists. */
    UNCHANGEABLE,
    /** Refers to a record that does not exist. */
    UNKNOWN_REFERENCE,
    /** Not a country or region of the reference list. */
    UNKNOWN_COUNTRY,
    /** An uploaded file with no content. */
    EMPTY_FILE,
    /** A document of kind {@code kind} that must be there is missing (the message names its title). */
    DOCUMENT_MISSING,
    /** Not a field of this request (unknown JSON property). */
    UNKNOWN_FIELD,
    /** The wrong JSON type, or a value that cannot be read. */
    WRONG_TYPE,
    /** The body is not JSON at all. */
    NOT_JSON,
    /** Any other rule; the message says which. */
    INVALID;

    /** The constraint that failed, as the code clients translate: {@code @NotBlank} → {@code REQUIRED}. */
    public static FieldErrorCode of(ConstraintViolation<?> violation) {
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
            case "Size" -> FieldErrorCode.SIZE;
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> FieldErrorCode.MIN;
            case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> FieldErrorCode.MAX;
            case "Digits" -> FieldErrorCode.DIGITS;
            case "Pattern" -> FieldErrorCode.PATTERN;
            case "Email" -> FieldErrorCode.EMAIL;
            case "Past", "PastOrPresent" -> FieldErrorCode.NOT_FUTURE;
            default -> FieldErrorCode.INVALID;
        };
    }

    /** The constraint's limits its message speaks of: {@code min} / {@code max} of a size, {@code value} of a bound. */
    public static Map<String, Object> paramsOf(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Map<String, Object> params = new TreeMap<>();
        switch (of(violation)) {
            case SIZE -> {
                if (attributes.get("min") instanceof Integer min && min > 0) {
                    params.put("min", min);
                }
                if (attributes.get("max") instanceof Integer max && max < Integer.MAX_VALUE) {
                    params.put("max", max);
                }
            }
            case MIN, MAX -> {
                if (attributes.containsKey("value")) {
                    params.put("value", attributes.get("value"));
                }
            }
            case DIGITS -> {
                params.put("integer", attributes.get("integer"));
                params.put("fraction", attributes.get("fraction"));
            }
            default -> {
            }
        }
        return params;
    }

    /** {@code ONE_OF} → {@code one-of}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
