package edu.meridian.programmes;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's application.properties: the database password has a default only in dev; in production it comes
 * only from PROGRAMMES_DB_PASSWORD. (Quarkus treats an unresolved optional property as absent, so a production start
 * without it is not stopped by configuration alone: that needs a startup check in the service.)
 */
class ProductionSecretsTest {

    @Test
    void inProductionTheDatabasePasswordComesOnlyFromTheEnvironment() {
        assertThatThrownBy(() -> config("prod", Map.of()).getValue("quarkus.datasource.password", String.class))
                .hasMessageContaining("PROGRAMMES_DB_PASSWORD");
        assertThat(config("prod", Map.of("PROGRAMMES_DB_PASSWORD", "from-a-secret"))
                .getValue("quarkus.datasource.password", String.class)).isEqualTo("from-a-secret");
    }

    @Test
    void onlyDevHasTheLocalDefault() {
        assertThat(config("dev", Map.of()).getValue("quarkus.datasource.password", String.class)).isEqualTo("programmes");
    }

    @Test
    void productionAcceptsNoTokenOfThePasswordGrantClient() {
        assertThat(config("prod", Map.of()).getValue("meridian.token.authorised-parties", String.class))
                .isEqualTo("meridian-gateway,meridian-campus");
    }

    private static SmallRyeConfig config(String profile, Map<String, String> environment) {
        try {
            return new SmallRyeConfigBuilder()
                    .withProfile(profile)
                    .addDefaultInterceptors()
                    .withSources(new PropertiesConfigSource(
                            java.nio.file.Path.of("src/main/resources/application.properties").toUri().toURL()))
                    .withSources(new EnvConfigSource(environment, 300))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
