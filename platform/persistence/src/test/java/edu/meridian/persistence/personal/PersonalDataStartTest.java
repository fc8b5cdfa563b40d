package edu.meridian.persistence.personal;

import edu.meridian.testing.ServiceConfig;
import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's one line, {@code meridian.personal-data.keys=${ITS_KEYS}}, in production, dev and without it. */
class PersonalDataStartTest {

    @Test
    void productionRefusesToStartWithoutTheKeys(@TempDir Path dir) throws IOException {
        Path properties = Files.writeString(dir.resolve("application.properties"),
                "meridian.personal-data.keys=${VISITS_PERSONAL_DATA_KEYS}\n");

        assertThatThrownBy(() -> PersonalData.check(ServiceConfig.of(properties, "prod", Map.of()), LaunchMode.NORMAL))
                .hasMessageContaining("meridian.personal-data.keys is required");
        assertThat(PersonalData.check(ServiceConfig.of(properties, "prod",
                Map.of("VISITS_PERSONAL_DATA_KEYS", SealingTest.NEW)), LaunchMode.NORMAL))
                .hasValueSatisfying(keys -> assertThat(keys.currentId()).isEqualTo("k2"));
    }

    @Test
    void aMalformedKeyStopsTheStartInEveryMode(@TempDir Path dir) throws IOException {
        Path properties = Files.writeString(dir.resolve("application.properties"),
                "meridian.personal-data.keys=${VISITS_PERSONAL_DATA_KEYS}\n");

        assertThatThrownBy(() -> PersonalData.check(ServiceConfig.of(properties, "dev",
                Map.of("VISITS_PERSONAL_DATA_KEYS", "k1:c2hvcnQ=")), LaunchMode.DEVELOPMENT))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void aServiceWithoutPersonalDataStartsWithoutKeys(@TempDir Path dir) throws IOException {
        Path properties = Files.writeString(dir.resolve("application.properties"), "quarkus.http.port=8081\n");

        assertThat(PersonalData.check(ServiceConfig.of(properties, "prod", Map.of()), LaunchMode.NORMAL)).isEmpty();
    }
}
