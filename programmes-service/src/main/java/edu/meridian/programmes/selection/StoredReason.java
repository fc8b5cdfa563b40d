package edu.meridian.programmes.selection;

import java.util.Map;
import java.util.TreeMap;

/** A {@link Reason} as stored and served: its code ({@code choice-full}) and params, for clients to word. */
public record StoredReason(String code, Map<String, Object> params) {

    public StoredReason {
        params = new TreeMap<>(params);
    }

    static StoredReason of(Reason reason) {
        return reason == null ? null : new StoredReason(reason.code().code(), reason.params());
    }
}
