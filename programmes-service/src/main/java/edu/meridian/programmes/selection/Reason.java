package edu.meridian.programmes.selection;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One step of an explanation: a {@link ReasonCode} and the values its wording needs (sorted by name). */
public record Reason(ReasonCode code, Map<String, Object> params) {

    public Reason {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    static Reason of(ReasonCode code) {
        return new Reason(code, Map.of());
    }

    static Reason of(ReasonCode code, String name, Object value) {
        return new Reason(code, Map.of(name, value));
    }
}
