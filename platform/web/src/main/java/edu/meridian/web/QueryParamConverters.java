package edu.meridian.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A query parameter that cannot be read is the caller's mistake: 400 problem+json naming the parameter, not the 404
 * that JAX-RS would give. Covers enums, numbers, dates and ids.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) converter(name, FieldErrorCode.ONE_OF, "", value -> Enums.parse((Class) type, name, value));
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) converter(name, FieldErrorCode.WRONG_TYPE, "must be a whole number", Integer::valueOf);
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) converter(name, FieldErrorCode.WRONG_TYPE, "must be a whole number", Long::valueOf);
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, FieldErrorCode.DATE_RANGE,
                    "must be a date such as 2026-03-02, " + SaneDates.MESSAGE.substring(5), QueryParamConverters::saneDate);
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, FieldErrorCode.ID, "must be an id (UUID)", UUID::fromString);
        }
        return null;
    }

    private static LocalDate saneDate(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!SaneDates.contains(date)) {
            throw new IllegalArgumentException(SaneDates.MESSAGE);
        }
        return date;
    }

    private static <T> ParamConverter<T> converter(String name, FieldErrorCode code, String message,
            Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.invalid(name, code, message, code == FieldErrorCode.DATE_RANGE ? SaneDates.RANGE : Map.of());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
