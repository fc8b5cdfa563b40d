package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The keys of a local run, random, made once and kept in {@code .devstack/}: the gateway's session-cookie key (so
 * sessions survive a restart) and the key that seals personal data at rest (so it opens again after a restart).
 */
final class SessionSecret {

    private SessionSecret() {
    }

    static String of(Path file) {
        return kept(file, Base64.getUrlEncoder().withoutPadding());
    }

    /** {@code meridian.personal-data.keys} of the services that keep personal data: one key, {@code local-1}. */
    static String personalDataKeys(Path file) {
        return "local-1:" + kept(file, Base64.getEncoder());
    }

    private static String kept(Path file, Base64.Encoder encoding) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = encoding.encodeToString(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a secret of the local run in " + file, e);
        }
    }
}
