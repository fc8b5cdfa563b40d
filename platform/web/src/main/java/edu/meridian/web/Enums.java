package edu.meridian.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads an enum value the caller typed; an unknown one is a 400 naming the field and listing the allowed values. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalid(field, FieldErrorCode.ONE_OF, "must be one of " + String.join(", ", allowed),
                    Map.of("allowed", allowed));
        }
    }
}
