package edu.meridian.testing;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A service's {@code application.properties} as a profile sees it with a given environment, without starting the
 * service: for tests of what production takes from the environment (secrets without defaults, say).
 */
public final class ServiceConfig {

    private ServiceConfig() {
    }

    /** The module's {@code src/main/resources/application.properties} in this profile, with these environment variables. */
    public static SmallRyeConfig of(String profile, Map<String, String> environment) {
        return of(Path.of("src/main/resources/application.properties"), profile, environment);
    }

    public static SmallRyeConfig of(Path properties, String profile, Map<String, String> environment) {
        try {
            return new SmallRyeConfigBuilder()
                    .withProfile(profile)
                    .addDefaultInterceptors()
                    .withSources(new PropertiesConfigSource(properties.toUri().toURL()))
                    .withSources(new EnvConfigSource(environment, 300))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + properties, e);
        }
    }
}
