package edu.meridian.persistence.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for one value at a time. A sealed value reads {@code pd1:<key id>:<Base64 of nonce + ciphertext + tag>}:
 * a random 96-bit nonce per value, a 128-bit tag, and the prefix (format and key id) authenticated with it, so neither
 * the text nor the key id can be changed unnoticed.
 */
public final class Sealing {

    static final String FORMAT = "pd1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing keys;

    public Sealing(KeyRing keys) {
        this.keys = keys;
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        String prefix = FORMAT + ":" + keys.currentId() + ":";
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
            byte[] text = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + text.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(text, 0, out, NONCE_BYTES, text.length);
            return prefix + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new PersonalDataException("The value is not sealed personal data");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new PersonalDataException("The sealed value is damaged");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataException("The sealed value is cut short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.get(parts[1]), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD((parts[0] + ":" + parts[1] + ":").getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new PersonalDataException("The sealed value was changed or sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String currentKeyId() {
        return keys.currentId();
    }

    /** The id of the key a value was sealed with. */
    public static String keyId(String sealed) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new PersonalDataException("The value is not sealed personal data");
        }
        return parts[1];
    }

    /** Whether a value was sealed with an older key and should be sealed again ({@link #reseal}). */
    public boolean stale(String sealed) {
        return sealed != null && !keys.currentId().equals(keyId(sealed));
    }

    /** The value sealed with the current key; a value sealed with it already is returned as it is. */
    public String reseal(String sealed) {
        return stale(sealed) ? seal(open(sealed)) : sealed;
    }
}
