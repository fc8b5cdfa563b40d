package edu.meridian.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceConfigTest {

    @TempDir
    Path folder;

    @Test
    void aProfileSeesItsOwnValuesAndTheEnvironmentFillsTheRest() throws Exception {
        Path properties = folder.resolve("application.properties");
        Files.writeString(properties, """
                secret=${SOME_SECRET}
                %dev.secret=${SOME_SECRET:local}
                """);

        assertThat(ServiceConfig.of(properties, "dev", Map.of()).getValue("secret", String.class)).isEqualTo("local");
        assertThat(ServiceConfig.of(properties, "prod", Map.of("SOME_SECRET", "s3cret")).getValue("secret", String.class))
                .isEqualTo("s3cret");
        assertThatThrownBy(() -> ServiceConfig.of(properties, "prod", Map.of()).getValue("secret", String.class))
                .hasMessageContaining("SOME_SECRET");
    }
}
