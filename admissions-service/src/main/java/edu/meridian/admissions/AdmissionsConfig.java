package edu.meridian.admissions;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of admissions-service. */
@ConfigMapping(prefix = "admissions")
public interface AdmissionsConfig {

    Documents documents();

    interface Documents {
        /** The largest application document accepted, in bytes (suffixes K, M allowed). */
        @WithDefault("10M")
        MemorySize maxSize();
    }
}
