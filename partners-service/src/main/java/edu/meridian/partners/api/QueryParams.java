package edu.meridian.partners.api;

import edu.meridian.web.ProblemException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Typed query parameters that fail as a 400 naming the parameter. JAX-RS answers a query parameter it cannot convert
 * with 404, so parameters whose values users type or pick (enums, ids, numbers) arrive as text and are read here.
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static UUID uuidOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (UUID)");
        }
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    static int intOf(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            number = min - 1;
        }
        if (number < min || number > max) {
            throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
        }
        return number;
    }
}
