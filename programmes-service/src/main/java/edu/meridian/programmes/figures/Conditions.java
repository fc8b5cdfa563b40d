package edu.meridian.programmes.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code where} clause of a figure's query: fixed conditions and the filters given (a null filter is left out). */
final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Conditions always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code column = :pN} when {@code value} is given. */
    Conditions equal(String column, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(column + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** A named parameter the query uses elsewhere (e.g. in a {@code filter} clause). */
    Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** {@code " where a and b"}, or nothing without conditions. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
