package edu.meridian.programmes;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of programmes-service. */
@ConfigMapping(prefix = "programmes")
public interface ProgrammesConfig {

    Documents documents();

    interface Documents {
        /** The largest application document accepted, in bytes (suffixes K, M allowed). */
        @WithDefault("10M")
        MemorySize maxSize();
    }
}
