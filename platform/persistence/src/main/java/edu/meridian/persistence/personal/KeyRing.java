package edu.meridian.persistence.personal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of personal data at rest, read from one setting: {@code id:base64key,id:base64key…}. The first key seals
 * new values; the others only open values sealed before a rotation. Each key is 256 random bits.
 */
public final class KeyRing {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,20}");
    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private KeyRing(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /**
     * The keys of the setting; a malformed one fails with a message that names the key's id or position, never its
     * value.
     */
    public static KeyRing parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalArgumentException("No key for personal data is configured");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] entries = setting.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Key " + (i + 1) + " for personal data needs an id (a-z, 0-9, -,"
                        + " at most 20) before a colon: id:base64key");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Key " + id + " for personal data is not Base64");
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("Key " + id + " for personal data must be " + KEY_BYTES
                        + " bytes (256 bits), Base64 encoded; it has " + bytes.length);
            }
            if (keys.put(id, new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalArgumentException("Key " + id + " for personal data is given twice");
            }
        }
        return new KeyRing(keys.keySet().iterator().next(), Map.copyOf(keys));
    }

    /** The id of the key that seals new values. */
    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new PersonalDataException("The value was sealed with key " + id + ", which is not configured");
        }
        return key;
    }
}
