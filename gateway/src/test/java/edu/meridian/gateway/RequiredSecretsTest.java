package edu.meridian.gateway;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway's own application.properties in the prod profile, with a given environment. */
class RequiredSecretsTest {

    private static final String SESSION_SECRET = "k7Qp2vX9mR4tW8yB3nF6hJ1sL5cD0gZa";

    @Test
    void productionWithoutSecretsRefusesToStartAndNamesTheVariables() {
        assertThatThrownBy(() -> RequiredSecrets.check(production(Map.of())))
                .hasMessageContaining("OIDC_CLIENT_SECRET is required")
                .hasMessageContaining("GATEWAY_SESSION_SECRET is required")
                .hasMessageContaining("DIRECTORY_CLIENT_SECRET is required");
        assertThatThrownBy(() -> RequiredSecrets.check(production(Map.of("GATEWAY_SESSION_SECRET", SESSION_SECRET))))
                .hasMessageContaining("OIDC_CLIENT_SECRET is required")
                .hasMessageNotContaining("GATEWAY_SESSION_SECRET");
    }

    @Test
    void aShortSessionSecretIsRefused() {
        assertThatThrownBy(() -> RequiredSecrets.check(production(Map.of("OIDC_CLIENT_SECRET", "s3cret",
                "GATEWAY_SESSION_SECRET", "too-short"))))
                .hasMessageContaining("GATEWAY_SESSION_SECRET must be at least 32 characters");
    }

    @Test
    void productionWithEverySecretStarts() {
        assertThatCode(() -> RequiredSecrets.check(production(Map.of("OIDC_CLIENT_SECRET", "s3cret",
                "DIRECTORY_CLIENT_SECRET", "an0ther", "GATEWAY_SESSION_SECRET", SESSION_SECRET))))
                .doesNotThrowAnyException();
    }

    private static SmallRyeConfig production(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        java.nio.file.Path.of("src/main/resources/application.properties").toUri().toURL()))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
