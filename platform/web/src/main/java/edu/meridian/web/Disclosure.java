package edu.meridian.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which fields of a record a caller may read (least data per role, OWASP API3): a response is mapped in full and
 * then {@link #apply(Record) applied}, which empties the withheld fields, so they are left out of the JSON
 * ({@code null} fields are not written). A service's policy decides the disclosure per caller and record; the
 * response mapping only applies it, the same way for a record, a list item, a CSV row and a stored snapshot.
 */
public record Disclosure(Set<String> withheld) {

    /** Everything: for the people who work with the record. */
    public static final Disclosure ALL = new Disclosure(Set.of());

    public Disclosure {
        withheld = Set.copyOf(withheld);
    }

    public static Disclosure withholding(String... fields) {
        return new Disclosure(Set.of(fields));
    }

    /** This disclosure, withholding these fields too. */
    public Disclosure andWithholding(String... fields) {
        return new Disclosure(Stream.concat(withheld.stream(), Arrays.stream(fields)).collect(Collectors.toSet()));
    }

    public boolean shows(String field) {
        return !withheld.contains(field);
    }

    /** {@code value}, or {@code null} when the field is withheld: for mappings that are not records (CSV rows). */
    public <T> T of(String field, T value) {
        return shows(field) ? value : null;
    }

    /**
     * A copy of the response with its withheld components set to {@code null}; components the record does not have
     * are ignored (one disclosure serves a record and its list item). A withheld primitive component is a mistake.
     */
    public <T extends Record> T apply(T response) {
        if (withheld.isEmpty()) {
            return response;
        }
        RecordComponent[] components = response.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                boolean hidden = withheld.contains(components[i].getName());
                if (hidden && components[i].getType().isPrimitive()) {
                    throw new IllegalArgumentException("A primitive field cannot be withheld: "
                            + response.getClass().getSimpleName() + "." + components[i].getName());
                }
                values[i] = hidden ? null : components[i].getAccessor().invoke(response);
            }
            Constructor<?> canonical = response.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            @SuppressWarnings("unchecked")
            T copy = (T) canonical.newInstance(values);
            return copy;
        } catch (IllegalAccessException | InstantiationException | NoSuchMethodException e) {
            throw new IllegalStateException("Cannot copy " + response.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot copy " + response.getClass().getName(), e.getCause());
        }
    }

    /** A copy of a JSON object (a stored snapshot) without its withheld top-level fields. */
    public JsonNode apply(JsonNode json) {
        if (withheld.isEmpty() || !json.isObject()) {
            return json;
        }
        ObjectNode copy = ((ObjectNode) json).deepCopy();
        copy.remove(withheld);
        return copy;
    }

    /** Whether a dotted field path ({@code title.zh}, as histories name fields) is shown: its first segment decides. */
    public boolean showsPath(String path) {
        int dot = path.indexOf('.');
        return shows(dot < 0 ? path : path.substring(0, dot));
    }
}
