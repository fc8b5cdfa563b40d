package edu.meridian.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SessionSecretTest {

    @Test
    void isMadeOnceLongEnoughAndKeptPrivate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state/session-secret");
        String first = SessionSecret.of(file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(SessionSecret.of(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SessionSecret.of(dir.resolve("other"))).isNotEqualTo(first);
    }

    @Test
    void thePersonalDataKeyIsOne256BitKeyInTheFormTheServicesRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state/personal-data-keys");
        String keys = SessionSecret.personalDataKeys(file);

        assertThat(keys).startsWith("local-1:");
        assertThat(Base64.getDecoder().decode(keys.substring("local-1:".length()))).hasSize(32);
        assertThat(SessionSecret.personalDataKeys(file)).isEqualTo(keys);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
